import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { BatchStatus } from '@app/domain';

/** 历练批次, e.g. 2023年度挂职历练. Every secondment lies within its batch's period. */
@Entity({ name: 'secondment_batch' })
export class SecondmentBatch extends VersionedEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'enum', enum: BatchStatus, enumName: 'batch_status', default: BatchStatus.Active })
  status!: BatchStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;
}
