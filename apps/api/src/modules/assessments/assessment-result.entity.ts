import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Grade } from '@app/domain';
import { Assessment } from './assessment.entity';

/**
 * A prior result of an assessment, kept when a leader reopens it after
 * finalization: the grade, rank, total and entered scores as they stood, and why it
 * was reopened. Never changed afterwards.
 */
@Entity({ name: 'assessment_result' })
@Index(['assessmentId', 'sequence'], { unique: true })
export class AssessmentResult {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  /** 1 for the first result superseded, 2 for the next… */
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'enum', enum: Grade, enumName: 'grade', nullable: true })
  grade!: Grade | null;

  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Column({ type: 'jsonb' })
  scores!: { subItemCode: string; points: number; source: string; comment: string | null }[];

  @Column({ type: 'varchar', length: 1000 })
  reopenReason!: string;

  @Column({ type: 'uuid' })
  reopenedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  reopenedAt!: Date;
}
