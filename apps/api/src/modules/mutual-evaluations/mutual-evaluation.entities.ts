import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Rating } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';

export enum MutualEvaluationStatus {
  Open = 'OPEN',
  Closed = 'CLOSED',
}

/** 集中互评: the cadres of one group of a round rate each other. */
@Entity({ name: 'mutual_evaluation' })
@Index(['roundId', 'groupLabel'], { unique: true })
export class MutualEvaluation extends VersionedEntity {
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  @Column({ type: 'varchar', length: 100 })
  groupLabel!: string;

  @Column({ type: 'enum', enum: MutualEvaluationStatus, enumName: 'mutual_evaluation_status', default: MutualEvaluationStatus.Open })
  status!: MutualEvaluationStatus;
}

/** That a rater has rated a colleague — never what they gave. */
@Entity({ name: 'mutual_rating_mark' })
export class MutualRatingMark {
  @PrimaryColumn({ type: 'uuid' })
  evaluationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  raterCadreId!: string;

  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;
}

/** A rating given to a colleague (the assessment rated) — never by whom. */
@Entity({ name: 'mutual_rating' })
export class MutualRating {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => MutualEvaluation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  evaluation?: MutualEvaluation;

  /** The assessment of the cadre rated. */
  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;
}
