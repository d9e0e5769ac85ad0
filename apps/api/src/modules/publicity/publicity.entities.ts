import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Assessment } from '../assessments/assessment.entity';

/** A public holiday: not a working day of the publicity period. */
@Entity({ name: 'holiday' })
export class Holiday {
  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export enum ObjectionStatus {
  Open = 'OPEN',
  Upheld = 'UPHELD',
  Dismissed = 'DISMISSED',
}

/** An objection (异议) filed during publicity against one assessment's result. */
@Entity({ name: 'objection' })
export class Objection extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'uuid' })
  filedBy!: string;

  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  @Column({ type: 'enum', enum: ObjectionStatus, enumName: 'objection_status', default: ObjectionStatus.Open })
  status!: ObjectionStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  resolution!: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
