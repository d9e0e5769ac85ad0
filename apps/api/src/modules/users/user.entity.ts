import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Role } from '@app/domain';
import { Unit } from '../units/unit.entity';

@Entity({ name: 'app_user' })
export class User extends VersionedEntity {
  /** Stored lower-case; logins are case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: Unit;

  /** argon2id, PHC string format. Never leaves the auth module. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ type: 'timestamptz' })
  passwordChangedAt!: Date;
}
