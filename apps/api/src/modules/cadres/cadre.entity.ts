import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Education, Gender, PoliticalStatus } from '@app/domain';
import { Unit } from '../units/unit.entity';

/** A person. The national id and the phone are PII: masked for most roles, never logged. */
@Entity({ name: 'cadre' })
export class Cadre extends VersionedEntity {
  @Index()
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender!: Gender;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'varchar', length: 20 })
  ethnicity!: string;

  @Column({ type: 'enum', enum: PoliticalStatus, enumName: 'political_status' })
  politicalStatus!: PoliticalStatus;

  @Column({ type: 'enum', enum: Education, enumName: 'education' })
  education!: Education;

  /** The sending unit (派出单位). */
  @Index()
  @Column({ type: 'uuid' })
  homeUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  homeUnit?: Unit;

  /** 现任职务 at the home unit. */
  @Column({ type: 'varchar', length: 100 })
  position!: string;

  /** 职级, e.g. 一级主任科员. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  rank!: string | null;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 18 })
  nationalId!: string;
}
