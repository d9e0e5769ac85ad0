import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectByIds, updateAtVersion } from '@app/database';
import { type ObjectScope, ownedRowScopeSql } from '../../common/auth/object-scope';
import type { WorkRecordQueryDto } from './dto/work-record.dto';
import { WorkRecord, WorkRecordStatus } from './work-record.entity';

@Injectable()
export class WorkRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Work records carry host_unit_id and cadre_id like assessments, so they share that scope. With the cadre's name. */
  private scoped(scope: ObjectScope) {
    const { sql, params } = ownedRowScopeSql(scope, 'w');
    return this.dataSource
      .getRepository(WorkRecord)
      .createQueryBuilder('w')
      .leftJoin('w.secondment', 's')
      .leftJoin('s.cadre', 'c')
      .addSelect(['s.id', 'c.id', 'c.name'])
      .where(sql, params);
  }

  findById(id: string, scope: ObjectScope): Promise<WorkRecord | null> {
    return this.scoped(scope).andWhere('w.id = :id', { id }).getOne();
  }

  findPage(query: WorkRecordQueryDto, scope: ObjectScope): Promise<[WorkRecord[], number]> {
    const qb = this.scoped(scope);
    if (query.secondmentId) qb.andWhere('w.secondment_id = :secondmentId', { secondmentId: query.secondmentId });
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
    return qb.orderBy('w.date', 'DESC').addOrderBy('w.id', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
  }

  insert(manager: EntityManager, fields: Pick<WorkRecord, 'secondmentId' | 'cadreId' | 'hostUnitId' | 'date' | 'content'>): Promise<WorkRecord> {
    return manager.getRepository(WorkRecord).save(manager.getRepository(WorkRecord).create({ ...fields, rejectReason: null, reviewedBy: null, reviewedAt: null }));
  }

  review(manager: EntityManager, id: string, version: number, changes: Pick<WorkRecord, 'status' | 'rejectReason' | 'reviewedBy' | 'reviewedAt'>): Promise<boolean> {
    return updateAtVersion(manager, WorkRecord, id, version, changes);
  }

  /** The dates of confirmed records of these secondments: one query for a whole round. */
  async confirmedDates(secondmentIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(secondmentIds.map((id) => [id, []]));
    if (secondmentIds.length === 0) return result;
    const rows = await selectByIds<{ secondment_id: string; date: string }>(
      this.dataSource,
      secondmentIds,
      (matches) => `SELECT secondment_id, to_char(date, 'YYYY-MM-DD') AS date FROM work_record WHERE secondment_id ${matches} AND status = :status`,
      { status: WorkRecordStatus.Confirmed },
    );
    for (const row of rows) result.get(row.secondment_id)?.push(row.date);
    return result;
  }
}
