import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { IncentiveStatus, TalentPoolStatus } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';
import { Cadre } from '../cadres/cadre.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';

/**
 * 待遇落实: proposed when a round is finalized, for each Excellent assessment, with the
 * measure of the incentive rules; org staff confirm (possibly amended) or reject it,
 * with a note. An exemplar (示范标杆) is flagged here, with its citation.
 */
@Entity({ name: 'incentive' })
export class Incentive extends VersionedEntity {
  @Column({ type: 'uuid', unique: true })
  assessmentId!: string;

  @OneToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  /** As the rules proposed it. */
  @Column({ type: 'varchar', length: 1000 })
  proposedMeasure!: string;

  /** As decided: the proposal, or the amendment. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  measure!: string | null;

  @Column({ type: 'enum', enum: IncentiveStatus, enumName: 'incentive_status', default: IncentiveStatus.Proposed })
  status!: IncentiveStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  exemplar!: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  exemplarCitation!: string | null;
}

/**
 * 储备人才备选: proposed for a cadre the first time they are graded Excellent; org
 * staff confirm it with a recommendation, or decline it with a note. One per cadre.
 */
@Entity({ name: 'talent_pool_entry' })
export class TalentPoolEntry extends VersionedEntity {
  @Column({ type: 'uuid', unique: true })
  cadreId!: string;

  @OneToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Column({ type: 'enum', enum: TalentPoolStatus, enumName: 'talent_pool_status', default: TalentPoolStatus.Proposed })
  status!: TalentPoolStatus;

  /** Why they are in the pool, or why they were declined. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  recommendation!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
