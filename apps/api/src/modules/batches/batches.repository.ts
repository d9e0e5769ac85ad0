import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { containsPattern, updateAtVersion } from '@app/database';
import { batchScopeSql, type ObjectScope } from '../../common/auth/object-scope';
import { sortedPage } from '../../common/paging/sort';
import type { BatchQueryDto, BatchSortField } from './dto/batch.dto';
import { SecondmentBatch } from './secondment-batch.entity';

const SORT_COLUMN: Record<BatchSortField, string> = { name: 'b.name', startDate: 'b.start_date', createdAt: 'b.created_at' };

export type BatchFields = Pick<SecondmentBatch, 'name' | 'startDate' | 'endDate' | 'status' | 'description'>;

@Injectable()
export class BatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SecondmentBatch | null> {
    return manager.getRepository(SecondmentBatch).findOneBy({ id });
  }

  findVisible(id: string, scope: ObjectScope): Promise<SecondmentBatch | null> {
    const { sql, params } = batchScopeSql(scope, 'b');
    return this.dataSource.getRepository(SecondmentBatch).createQueryBuilder('b').where(sql, params).andWhere('b.id = :id', { id }).getOne();
  }

  /**
   * Locks the batch row until commit: FOR SHARE while adding secondments to it, FOR
   * UPDATE while changing its period or status, so neither check goes stale.
   */
  async lock(manager: EntityManager, id: string, mode: 'SHARE' | 'UPDATE'): Promise<SecondmentBatch | null> {
    return manager
      .getRepository(SecondmentBatch)
      .createQueryBuilder('b')
      .setLock(mode === 'SHARE' ? 'pessimistic_read' : 'pessimistic_write')
      .where('b.id = :id', { id })
      .getOne();
  }

  findByName(name: string): Promise<SecondmentBatch | null> {
    return this.dataSource.getRepository(SecondmentBatch).findOneBy({ name });
  }

  findPage(query: BatchQueryDto, scope: ObjectScope): Promise<[SecondmentBatch[], number]> {
    const { sql, params } = batchScopeSql(scope, 'b');
    const qb = this.dataSource.getRepository(SecondmentBatch).createQueryBuilder('b').where(sql, params);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.q) qb.andWhere('b.name ILIKE :q', { q: containsPattern(query.q) });
    return sortedPage(qb, query, SORT_COLUMN, { field: 'startDate', direction: 'DESC' }, 'b.id');
  }

  insert(manager: EntityManager, fields: BatchFields): Promise<SecondmentBatch> {
    return manager.getRepository(SecondmentBatch).save(manager.getRepository(SecondmentBatch).create(fields));
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: Partial<BatchFields>): Promise<boolean> {
    return updateAtVersion(manager, SecondmentBatch, id, version, changes);
  }
}
