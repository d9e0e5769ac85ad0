import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { RoundStatus, RoundType } from '@app/domain';
import { SecondmentBatch } from '../batches/secondment-batch.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';

export enum QuotaKind {
  Count = 'COUNT',
  Percent = 'PERCENT',
}

/** 考核轮次: one assessment of a batch's cadres, scored against a frozen rubric version. */
@Entity({ name: 'assessment_round' })
export class AssessmentRound extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => SecondmentBatch, { onDelete: 'RESTRICT' })
  @JoinColumn()
  batch?: SecondmentBatch;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'enum', enum: RoundType, enumName: 'round_type' })
  type!: RoundType;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** A published version: it cannot change under the round. */
  @Index()
  @Column({ type: 'uuid' })
  rubricVersionId!: string;

  @ManyToOne(() => RubricVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  rubricVersion?: RubricVersion;

  @Column({ type: 'enum', enum: QuotaKind, enumName: 'quota_kind' })
  quotaKind!: QuotaKind;

  /** A number of people, or a percentage of the graded. */
  @Column({ type: 'int' })
  quotaValue!: number;

  /** Who approved a quota above the default 20%, and how (a document number). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  quotaApproval!: string | null;

  /** Ballots cast as a percentage of expected voters below which a session cannot feed 3.1. */
  @Column({ type: 'int', default: 67 })
  minParticipationPercent!: number;

  /** Service-recipient interviews an SOE cadre needs. */
  @Column({ type: 'int', default: 3 })
  minInterviews!: number;

  @Index()
  @Column({ type: 'enum', enum: RoundStatus, enumName: 'round_status', default: RoundStatus.Created })
  status!: RoundStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  /** The leader's comment on approving, or the reason for returning. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  leaderComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publicityStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finalizedAt!: Date | null;
}
