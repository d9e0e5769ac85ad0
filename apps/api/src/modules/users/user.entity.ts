import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Role } from '@app/domain';
import { Cadre } from '../cadres/cadre.entity';
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

  /** For a CADRE account: the cadre it belongs to (one account per cadre). */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  cadreId!: string | null;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  /** argon2id, PHC string format. Never leaves the auth module. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ type: 'timestamptz' })
  passwordChangedAt!: Date;
}
