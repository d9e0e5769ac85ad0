import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectByIds } from '@app/database';
import type { Rating, RatingTally } from '@app/domain';
import { ServiceInterview } from './service-interview.entity';

@Injectable()
export class InterviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByAssessment(assessmentId: string): Promise<ServiceInterview[]> {
    return this.dataSource.getRepository(ServiceInterview).find({ where: { assessmentId }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  insert(manager: EntityManager, fields: Pick<ServiceInterview, 'assessmentId' | 'intervieweeOrganization' | 'intervieweeRole' | 'date' | 'notes' | 'rating' | 'recordedBy'>): Promise<ServiceInterview> {
    return manager.getRepository(ServiceInterview).save(manager.getRepository(ServiceInterview).create(fields));
  }

  /** The ratings of each assessment's interviews, counted: one query for a whole round. */
  async tallies(assessmentIds: string[]): Promise<Map<string, RatingTally>> {
    const result = new Map<string, RatingTally>();
    if (assessmentIds.length === 0) return result;
    const rows = await selectByIds<{ assessment_id: string; rating: Rating; n: number }>(
      this.dataSource,
      assessmentIds,
      (matches) => `SELECT assessment_id, rating, count(*)::int AS n FROM service_interview WHERE assessment_id ${matches} GROUP BY assessment_id, rating`,
    );
    for (const row of rows) result.set(row.assessment_id, { ...(result.get(row.assessment_id) ?? {}), [row.rating]: row.n });
    return result;
  }
}
