import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Grade, SecondmentCategory } from '@app/domain';
import { Cadre } from '../cadres/cadre.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';
import { Secondment } from '../secondments/secondment.entity';

/**
 * 考核: one cadre in one round. The category and host unit are copied from the
 * secondment when the round opens, so the assessment keeps the flow and the scope
 * it started with. Its version guards every save of its inputs.
 */
@Entity({ name: 'assessment' })
@Index(['roundId', 'secondmentId'], { unique: true })
export class Assessment extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  @Index()
  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Index()
  @Column({ type: 'uuid' })
  hostUnitId!: string;

  @Column({ type: 'enum', enum: SecondmentCategory, enumName: 'secondment_category' })
  category!: SecondmentCategory;

  /** A disciplinary sanction or another veto (一票否决): never Excellent. */
  @Column({ type: 'boolean', default: false })
  veto!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  vetoReason!: string | null;

  /** 不定等次, and why. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  notGradedReason!: string | null;

  /** A grade set by hand at calibration instead of the proposal, with who, when and why. */
  @Column({ type: 'enum', enum: Grade, enumName: 'grade', nullable: true })
  gradeOverride!: Grade | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  overrideBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  overrideAt!: Date | null;

  /** Set when the round is submitted: the grade and rank the leader approves. */
  @Column({ type: 'enum', enum: Grade, enumName: 'grade', nullable: true })
  grade!: Grade | null;

  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  /** The total (hundredths) at submission. */
  @Column({ type: 'int', nullable: true })
  total!: number | null;

  /** Set while a leader has reopened the assessment of a finalized round; cleared when it is finalized again. */
  @Column({ type: 'timestamptz', nullable: true })
  reopenedAt!: Date | null;
}
