import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ScoreSource } from '@app/domain';
import { Assessment } from './assessment.entity';

/**
 * A sub-item score a person entered (org staff, or the host unit for 3.2), in
 * hundredths, with who entered it and their comment or opinion. Computed sub-items
 * (from ballots, certificates…) are never stored here: the engine derives them.
 */
@Entity({ name: 'assessment_score' })
@Index(['assessmentId', 'subItemCode'], { unique: true })
export class AssessmentScore {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'varchar', length: 10 })
  subItemCode!: string;

  @Column({ type: 'int' })
  points!: number;

  @Column({ type: 'enum', enum: ScoreSource, enumName: 'score_source' })
  source!: ScoreSource;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment!: string | null;

  @Column({ type: 'uuid' })
  enteredBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  enteredAt!: Date;
}
