import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { SecondmentCategory } from '@app/domain';
import { Cadre } from '../cadres/cadre.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';
import { Secondment } from '../secondments/secondment.entity';

/**
 * 考核: one cadre in one round. The category and host unit are copied from the
 * secondment when the round opens, so the assessment keeps the flow and the scope
 * it started with. Its version guards every save of its inputs.
 */
@Entity({ name: 'assessment' })
@Index(['roundId', 'secondmentId'], { unique: true })
export class Assessment extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Index()
  @Column({ type: 'uuid' })
  hostUnitId!: string;

  @Column({ type: 'enum', enum: SecondmentCategory, enumName: 'secondment_category' })
  category!: SecondmentCategory;
}
