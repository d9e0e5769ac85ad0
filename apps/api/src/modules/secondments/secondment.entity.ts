import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { SecondmentCategory, SecondmentStatus } from '@app/domain';
import { SecondmentBatch } from '../batches/secondment-batch.entity';
import { Cadre } from '../cadres/cadre.entity';
import { Unit } from '../units/unit.entity';

/** 挂职历练: a cadre at a host unit, in a category, for a period of a batch. */
@Entity({ name: 'secondment' })
// The database itself keeps a cadre to one ACTIVE secondment, whatever races the services lose.
@Index('UQ_secondment_one_active_per_cadre', ['cadreId'], { unique: true, where: `"status" = 'ACTIVE'` })
export class Secondment extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Index()
  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => SecondmentBatch, { onDelete: 'RESTRICT' })
  @JoinColumn()
  batch?: SecondmentBatch;

  @Index()
  @Column({ type: 'uuid' })
  hostUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  hostUnit?: Unit;

  @Index()
  @Column({ type: 'enum', enum: SecondmentCategory, enumName: 'secondment_category' })
  category!: SecondmentCategory;

  /** 挂任职务 at the host unit. */
  @Column({ type: 'varchar', length: 100 })
  post!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** The task force or office (专班), used by comparative recommendation and mutual evaluation. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  groupLabel!: string | null;

  @Index()
  @Column({ type: 'enum', enum: SecondmentStatus, enumName: 'secondment_status', default: SecondmentStatus.Active })
  status!: SecondmentStatus;
}
