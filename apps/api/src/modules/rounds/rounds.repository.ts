import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateAtVersion } from '@app/database';
import { type RoundStatus, SecondmentStatus } from '@app/domain';
import { AssessmentRound } from './assessment-round.entity';

export type RoundFields = Pick<
  AssessmentRound,
  'batchId' | 'name' | 'type' | 'periodStart' | 'periodEnd' | 'rubricVersionId' | 'quotaKind' | 'quotaValue' | 'quotaApproval' | 'minParticipationPercent' | 'minInterviews'
>;

@Injectable()
export class RoundsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AssessmentRound | null> {
    return manager
      .getRepository(AssessmentRound)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.batch', 'batch')
      .leftJoinAndSelect('r.rubricVersion', 'rubricVersion')
      .where('r.id = :id', { id })
      .getOne();
  }

  findAll(batchId?: string): Promise<AssessmentRound[]> {
    const qb = this.dataSource
      .getRepository(AssessmentRound)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.batch', 'batch')
      .leftJoinAndSelect('r.rubricVersion', 'rubricVersion')
      .orderBy('r.created_at', 'DESC');
    if (batchId) qb.where('r.batch_id = :batchId', { batchId });
    return qb.getMany();
  }

  insert(manager: EntityManager, fields: RoundFields): Promise<AssessmentRound> {
    const repository = manager.getRepository(AssessmentRound);
    return repository.save(repository.create(fields));
  }

  updateAtVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<AssessmentRound, 'status' | 'openedAt' | 'leaderComment' | 'publicityStartedAt' | 'finalizedAt'>>,
  ): Promise<boolean> {
    return updateAtVersion(manager, AssessmentRound, id, version, changes);
  }

  /**
   * One assessment for every ACTIVE secondment of the batch that has none in this
   * round yet; returns how many were created. Safe to run twice.
   */
  async createMissingAssessments(manager: EntityManager, roundId: string, batchId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO assessment (round_id, secondment_id, cadre_id, host_unit_id, category)
       SELECT $1, s.id, s.cadre_id, s.host_unit_id, s.category
         FROM secondment s
        WHERE s.batch_id = $2 AND s.status = $3
       ON CONFLICT (round_id, secondment_id) DO NOTHING
       RETURNING id`,
      [roundId, batchId, SecondmentStatus.Active],
    );
    return rows.length;
  }

  /** The round's status, locked until commit so that no transition slips in under a write. */
  async lockStatus(manager: EntityManager, roundId: string): Promise<RoundStatus> {
    const rows: { status: RoundStatus }[] = await manager.query('SELECT status FROM assessment_round WHERE id = $1 FOR SHARE', [roundId]);
    return rows[0].status;
  }

  async countAssessments(manager: EntityManager, roundId: string): Promise<number> {
    const rows: { count: string }[] = await manager.query('SELECT count(*) AS count FROM assessment WHERE round_id = $1', [roundId]);
    return Number(rows[0].count);
  }
}
