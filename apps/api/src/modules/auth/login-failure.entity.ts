import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins by username, kept in the database so every API process throttles alike. */
@Entity({ name: 'login_failure' })
@Index(['username', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Index()
  @Column({ type: 'timestamptz' })
  failedAt!: Date;
}
