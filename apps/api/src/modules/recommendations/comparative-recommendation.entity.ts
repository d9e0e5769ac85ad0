import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { AssessmentRound } from '../rounds/assessment-round.entity';

export interface RankedCadre {
  assessmentId: string;
  rank: number;
  reason: string;
}

/**
 * 比对推荐: for one project group of a round, its cadres compared side by side and
 * ranked, each with a reason, and those recommended for Excellent.
 */
@Entity({ name: 'comparative_recommendation' })
@Index(['roundId', 'groupLabel'], { unique: true })
export class ComparativeRecommendation extends VersionedEntity {
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  @Column({ type: 'varchar', length: 100 })
  groupLabel!: string;

  @Column({ type: 'jsonb' })
  ranking!: RankedCadre[];

  @Column({ type: 'uuid', array: true })
  recommended!: string[];

  @Column({ type: 'uuid' })
  recordedBy!: string;
}
