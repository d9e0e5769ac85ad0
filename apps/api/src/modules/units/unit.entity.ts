import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { UnitType } from '@app/domain';

@Entity({ name: 'unit' })
export class Unit extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Short unique code, e.g. the unified social credit code or an internal code. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'enum', enum: UnitType, enumName: 'unit_type' })
  type!: UnitType;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: Unit;
}
