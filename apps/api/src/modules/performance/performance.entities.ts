import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { EvidenceType } from '@app/domain';
import { Secondment } from '../secondments/secondment.entity';

export enum PerformanceEntryStatus {
  Submitted = 'SUBMITTED',
  Reviewed = 'REVIEWED',
}

/** 业绩信息: an achievement of a quarter, submitted by the cadre, reviewed by org staff. */
@Entity({ name: 'performance_entry' })
export class PerformanceEntry extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @Index()
  @Column({ type: 'uuid' })
  hostUnitId!: string;

  /** `2023Q2` */
  @Column({ type: 'varchar', length: 6 })
  quarter!: string;

  @Column({ type: 'varchar', length: 4000 })
  description!: string;

  @Column({ type: 'enum', enum: PerformanceEntryStatus, enumName: 'performance_entry_status', default: PerformanceEntryStatus.Submitted })
  status!: PerformanceEntryStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}

/**
 * An evidence file, kept in the database with its row so that it is either wholly
 * there or not at all, and every API process can serve it.
 */
@Entity({ name: 'evidence_file' })
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => PerformanceEntry, { onDelete: 'RESTRICT' })
  @JoinColumn()
  entry?: PerformanceEntry;

  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  @Column({ type: 'enum', enum: EvidenceType, enumName: 'evidence_type' })
  type!: EvidenceType;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Not loaded with the row; read on download only. */
  @Column({ type: 'bytea', select: false })
  data!: Buffer;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
