import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { selectByIds } from '@app/database';
import type { Rating, RatingTally } from '@app/domain';

@Injectable()
export class MutualEvaluationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ratings each assessment received in closed mutual evaluations: one query for a whole round. */
  async tallies(assessmentIds: string[]): Promise<Map<string, RatingTally>> {
    const result = new Map<string, RatingTally>();
    if (assessmentIds.length === 0) return result;
    const rows = await selectByIds<{ assessment_id: string; rating: Rating; n: number }>(
      this.dataSource,
      assessmentIds,
      (matches) => `SELECT r.assessment_id, r.rating, count(*)::int AS n
         FROM mutual_rating r JOIN mutual_evaluation e ON e.id = r.evaluation_id
        WHERE r.assessment_id ${matches} AND e.status = 'CLOSED'
        GROUP BY r.assessment_id, r.rating`,
    );
    for (const row of rows) result.set(row.assessment_id, { ...(result.get(row.assessment_id) ?? {}), [row.rating]: row.n });
    return result;
  }
}
