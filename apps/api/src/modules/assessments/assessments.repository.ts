import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateAtVersion } from '@app/database';
import type { Grade } from '@app/domain';
import { assessmentScopeSql, type ObjectScope } from '../../common/auth/object-scope';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentScore } from './assessment-score.entity';
import { Assessment } from './assessment.entity';

export interface ScoreWrite {
  subItemCode: string;
  points: number;
  source: AssessmentScore['source'];
  comment: string | null;
}

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private scoped(scope: ObjectScope, manager: EntityManager = this.dataSource.manager) {
    const { sql, params } = assessmentScopeSql(scope, 'a');
    return manager
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.cadre', 'cadre')
      .leftJoinAndSelect('a.round', 'round')
      .leftJoinAndSelect('a.secondment', 'secondment')
      .leftJoinAndSelect('secondment.hostUnit', 'hostUnit')
      .where(sql, params);
  }

  findById(id: string, scope: ObjectScope, manager?: EntityManager): Promise<Assessment | null> {
    return this.scoped(scope, manager).andWhere('a.id = :id', { id }).getOne();
  }

  findByRound(roundId: string, scope: ObjectScope): Promise<Assessment[]> {
    return this.scoped(scope).andWhere('a.round_id = :roundId', { roundId }).orderBy('cadre.name', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  /** One page of a round's assessments in the order of its results (rank, then name), with the cadre's home unit. */
  pageOfRound(roundId: string, scope: ObjectScope, offset: number, limit: number): Promise<Assessment[]> {
    return this.scoped(scope)
      .leftJoinAndSelect('cadre.homeUnit', 'homeUnit')
      .andWhere('a.round_id = :roundId', { roundId })
      .orderBy('a.rank', 'ASC', 'NULLS LAST')
      .addOrderBy('cadre.name', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  /** Entered scores of these assessments, grouped by assessment: one query for a whole round. */
  async scoresOf(assessmentIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AssessmentScore[]>> {
    const byAssessment = new Map<string, AssessmentScore[]>(assessmentIds.map((id) => [id, []]));
    if (assessmentIds.length === 0) return byAssessment;
    const rows = await manager
      .getRepository(AssessmentScore)
      .createQueryBuilder('s')
      .where('s.assessment_id IN (:...ids)', { ids: assessmentIds })
      .orderBy('s.sub_item_code', 'ASC')
      .getMany();
    for (const row of rows) byAssessment.get(row.assessmentId)?.push(row);
    return byAssessment;
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: Partial<Pick<Assessment, 'veto' | 'vetoReason' | 'notGradedReason' | 'gradeOverride' | 'overrideReason' | 'overrideBy' | 'overrideAt'>>): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, changes);
  }

  /** Stores a prior result; returns its sequence number (1, 2, …). */
  async saveResultVersion(manager: EntityManager, result: Omit<AssessmentResult, 'id' | 'sequence' | 'reopenedAt' | 'assessment'>): Promise<number> {
    const rows: { n: number }[] = await manager.query('SELECT count(*)::int AS n FROM assessment_result WHERE assessment_id = $1', [result.assessmentId]);
    const sequence = rows[0].n + 1;
    await manager.query(
      `INSERT INTO assessment_result (assessment_id, sequence, grade, rank, total, scores, reopen_reason, reopened_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
      [result.assessmentId, sequence, result.grade, result.rank, result.total, JSON.stringify(result.scores), result.reopenReason, result.reopenedBy],
    );
    return sequence;
  }

  priorResults(assessmentId: string): Promise<AssessmentResult[]> {
    return this.dataSource.getRepository(AssessmentResult).find({ where: { assessmentId }, order: { sequence: 'ASC' } });
  }

  setReopened(manager: EntityManager, id: string, version: number, reopenedAt: Date): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, { reopenedAt });
  }

  setRefinalized(manager: EntityManager, id: string, version: number, result: { grade: Grade | null; total: number; rank: number | null }): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, { ...result, reopenedAt: null });
  }

  /** The other assessments' results in the round, locked, for the quota check of a refinalization. */
  roundResults(manager: EntityManager, roundId: string, exceptId: string): Promise<{ grade: Grade | null; total: number | null }[]> {
    return manager.query('SELECT grade, total FROM assessment WHERE round_id = $1 AND id <> $2 FOR UPDATE', [roundId, exceptId]);
  }

  /** Fixes the submitted grade, rank and total of each assessment. */
  async setResults(manager: EntityManager, rows: { id: string; grade: Grade | null; rank: number | null; total: number | null }[]): Promise<void> {
    for (const row of rows) {
      await manager.update(Assessment, { id: row.id }, { grade: row.grade, rank: row.rank, total: row.total });
    }
  }

  /** Takes the assessment's version (409 when stale) and writes the scores, in the caller's transaction. */
  async saveScores(manager: EntityManager, assessmentId: string, version: number, enteredBy: string, scores: ScoreWrite[]): Promise<boolean> {
    if (!(await updateAtVersion(manager, Assessment, assessmentId, version, {}))) return false;
    for (const score of scores) {
      await manager.query(
        `INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, comment, entered_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (assessment_id, sub_item_code)
         DO UPDATE SET points = EXCLUDED.points, source = EXCLUDED.source, comment = EXCLUDED.comment,
                       entered_by = EXCLUDED.entered_by, entered_at = now()`,
        [assessmentId, score.subItemCode, score.points, score.source, score.comment, enteredBy],
      );
    }
    return true;
  }
}
