import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Rating } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';

/**
 * 服务对象谈话: what a service recipient of an SOE cadre said, and their rating on the
 * ballot scale. The interviewee is described by organization and role only, never
 * identified by a national id.
 */
@Entity({ name: 'service_interview' })
export class ServiceInterview extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'varchar', length: 100 })
  intervieweeOrganization!: string;

  @Column({ type: 'varchar', length: 50 })
  intervieweeRole!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 2000 })
  notes!: string;

  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;

  @Column({ type: 'uuid' })
  recordedBy!: string;
}
