import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Grade } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';

/** 签字确认: the cadre has seen their finalized result, with an optional statement. */
@Entity({ name: 'acknowledgement' })
export class Acknowledgement {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @OneToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  statement!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt!: Date;
}

export enum ReviewStatus {
  Pending = 'PENDING',
  Maintained = 'MAINTAINED',
  Changed = 'CHANGED',
}

/**
 * 复核: the cadre asks for a review of a finalized result; a leader decides. The
 * outcome is recorded here, beside the original, which is never overwritten.
 */
@Entity({ name: 'review_request' })
export class ReviewRequest extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  @Column({ type: 'enum', enum: ReviewStatus, enumName: 'review_status', default: ReviewStatus.Pending })
  status!: ReviewStatus;

  /** The grade the review arrived at, when it changed. */
  @Column({ type: 'enum', enum: Grade, enumName: 'grade', nullable: true })
  reviewedGrade!: Grade | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
