import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Secondment } from '../secondments/secondment.entity';

export enum WorkRecordStatus {
  Pending = 'PENDING',
  Confirmed = 'CONFIRMED',
  Rejected = 'REJECTED',
}

/** 工作纪实: a dated entry by the cadre, confirmed or rejected by the host unit. */
@Entity({ name: 'work_record' })
@Index(['secondmentId', 'date'])
export class WorkRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  /** Copied from the secondment, so scoping needs no join. */
  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @Index()
  @Column({ type: 'uuid' })
  hostUnitId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 2000 })
  content!: string;

  @Column({ type: 'enum', enum: WorkRecordStatus, enumName: 'work_record_status', default: WorkRecordStatus.Pending })
  status!: WorkRecordStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
