import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateAtVersion } from '@app/database';
import { type ObjectScope, ownedRowScopeSql } from '../../common/auth/object-scope';
import type { PerformanceQueryDto } from './dto/performance.dto';
import { EvidenceFile, PerformanceEntry } from './performance.entities';

@Injectable()
export class PerformanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Entries carry host_unit_id and cadre_id like assessments, so they share that scope. With the cadre's name. */
  private scoped(scope: ObjectScope) {
    const { sql, params } = ownedRowScopeSql(scope, 'p');
    return this.dataSource
      .getRepository(PerformanceEntry)
      .createQueryBuilder('p')
      .leftJoin('p.secondment', 's')
      .leftJoin('s.cadre', 'c')
      .addSelect(['s.id', 'c.id', 'c.name'])
      .where(sql, params);
  }

  findById(id: string, scope: ObjectScope): Promise<PerformanceEntry | null> {
    return this.scoped(scope).andWhere('p.id = :id', { id }).getOne();
  }

  findPage(query: PerformanceQueryDto, scope: ObjectScope): Promise<[PerformanceEntry[], number]> {
    const qb = this.scoped(scope);
    if (query.secondmentId) qb.andWhere('p.secondment_id = :secondmentId', { secondmentId: query.secondmentId });
    if (query.quarter) qb.andWhere('p.quarter = :quarter', { quarter: query.quarter });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return qb.orderBy('p.quarter', 'DESC').addOrderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
  }

  /** The evidence of these entries without their bytes, grouped by entry. */
  async evidenceOf(entryIds: string[]): Promise<Map<string, EvidenceFile[]>> {
    const result = new Map<string, EvidenceFile[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return result;
    const rows = await this.dataSource.getRepository(EvidenceFile).createQueryBuilder('f').where('f.entry_id IN (:...entryIds)', { entryIds }).orderBy('f.uploaded_at', 'ASC').getMany();
    for (const row of rows) result.get(row.entryId)?.push(row);
    return result;
  }

  /** One file with its bytes, if it belongs to the entry. */
  findEvidence(entryId: string, fileId: string): Promise<EvidenceFile | null> {
    return this.dataSource
      .getRepository(EvidenceFile)
      .createQueryBuilder('f')
      .addSelect('f.data')
      .where('f.id = :fileId AND f.entry_id = :entryId', { fileId, entryId })
      .getOne();
  }

  insert(manager: EntityManager, fields: Pick<PerformanceEntry, 'secondmentId' | 'cadreId' | 'hostUnitId' | 'quarter' | 'description'>): Promise<PerformanceEntry> {
    return manager.getRepository(PerformanceEntry).save(manager.getRepository(PerformanceEntry).create({ ...fields, reviewedBy: null, reviewedAt: null }));
  }

  async insertEvidence(manager: EntityManager, file: Omit<EvidenceFile, 'id' | 'uploadedAt' | 'entry'>): Promise<EvidenceFile> {
    const result = await manager.getRepository(EvidenceFile).insert(file);
    return manager.getRepository(EvidenceFile).findOneByOrFail({ id: String(result.identifiers[0].id) });
  }

  markReviewed(manager: EntityManager, id: string, version: number, reviewedBy: string): Promise<boolean> {
    return updateAtVersion(manager, PerformanceEntry, id, version, { status: 'REVIEWED' as PerformanceEntry['status'], reviewedBy, reviewedAt: new Date() });
  }
}
