import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Rating } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';
import { Unit } from '../units/unit.entity';

/** A certifying body (市专班, 区商务局) configured to certify a round's investment cadres. */
@Entity({ name: 'round_certifier' })
export class RoundCertifier {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: Unit;
}

/** 双出具: one certifier's certificate for one investment cadre: results, appraisal, rating. */
@Entity({ name: 'certificate' })
@Index(['assessmentId', 'certifierUnitId'], { unique: true })
export class Certificate extends VersionedEntity {
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Index()
  @Column({ type: 'uuid' })
  certifierUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn()
  certifierUnit?: Unit;

  @Column({ type: 'int' })
  projectsSigned!: number;

  @Column({ type: 'int' })
  projectsLanded!: number;

  /** 合同引资, in hundredths of 万元. */
  @Column({ type: 'bigint' })
  contractedInvestment!: string;

  /** 到位资金, in hundredths of 万元. */
  @Column({ type: 'bigint' })
  fundsInPlace!: string;

  /** 工作鉴定 */
  @Column({ type: 'varchar', length: 2000 })
  appraisal!: string;

  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;

  @Column({ type: 'uuid' })
  issuedBy!: string;
}
