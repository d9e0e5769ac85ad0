import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { containsPattern, insertMany, selectRows, updateAtVersion } from '@app/database';
import { SecondmentStatus } from '@app/domain';
import { type ObjectScope, secondmentScopeSql } from '../../common/auth/object-scope';
import { sortedPage } from '../../common/paging/sort';
import type { SecondmentQueryDto, SecondmentSortField } from './dto/secondment-requests.dto';
import { Secondment } from './secondment.entity';

const SORT_COLUMN: Record<SecondmentSortField, string> = {
  startDate: 's.start_date',
  endDate: 's.end_date',
  category: 's.category',
  createdAt: 's.created_at',
};

export type SecondmentFields = Pick<
  Secondment,
  'cadreId' | 'batchId' | 'hostUnitId' | 'category' | 'post' | 'startDate' | 'endDate' | 'groupLabel' | 'status'
>;
/** A secondment as responses read it: its columns and the names of its cadre, batch and host unit. */
export type SecondmentView = SecondmentFields &
  Pick<Secondment, 'id' | 'version' | 'createdAt' | 'updatedAt'> & { cadre?: Named; batch?: Named; hostUnit?: Named };
type Named = { id: string; name: string };

const SECONDMENT_VIEW_SQL = `SELECT s.id, s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
       s.cadre_id AS "cadreId", json_build_object('id', c.id, 'name', c.name) AS cadre,
       s.batch_id AS "batchId", json_build_object('id', b.id, 'name', b.name) AS batch,
       s.host_unit_id AS "hostUnitId", json_build_object('id', h.id, 'name', h.name) AS "hostUnit",
       s.category, s.post, s.start_date::text AS "startDate", s.end_date::text AS "endDate", s.group_label AS "groupLabel", s.status
  FROM secondment s JOIN cadre c ON c.id = s.cadre_id JOIN secondment_batch b ON b.id = s.batch_id JOIN unit h ON h.id = s.host_unit_id`;

export type SecondmentChanges = Partial<Omit<SecondmentFields, 'cadreId' | 'batchId'>>;

@Injectable()
export class SecondmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Secondments with the cadre, batch and host unit names, narrowed to the scope. */
  private scoped(scope: ObjectScope, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Secondment> {
    const { sql, params } = secondmentScopeSql(scope, 's');
    return manager
      .getRepository(Secondment)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.cadre', 'cadre')
      .leftJoinAndSelect('s.batch', 'batch')
      .leftJoinAndSelect('s.hostUnit', 'hostUnit')
      .where(sql, params);
  }

  findById(id: string, scope: ObjectScope, manager?: EntityManager): Promise<Secondment | null> {
    return this.scoped(scope, manager).andWhere('s.id = :id', { id }).getOne();
  }

  /** The visible secondments of each cadre, newest first: one plain query for a whole page. */
  async findForCadres(cadreIds: string[], scope: ObjectScope): Promise<Map<string, SecondmentView[]>> {
    const byCadre = new Map<string, SecondmentView[]>(cadreIds.map((id) => [id, []]));
    if (cadreIds.length === 0) return byCadre;
    const visible = secondmentScopeSql(scope, 's');
    const rows = await selectRows<SecondmentView>(
      this.dataSource,
      `${SECONDMENT_VIEW_SQL} WHERE s.cadre_id = ANY(:cadreIds::uuid[]) AND ${visible.sql} ORDER BY s.start_date DESC, s.created_at DESC`,
      { ...visible.params, cadreIds },
    );
    for (const row of rows) byCadre.get(row.cadreId)?.push(row);
    return byCadre;
  }

  findPage(query: SecondmentQueryDto, scope: ObjectScope): Promise<[Secondment[], number]> {
    const qb = this.scoped(scope);
    if (query.batchId) qb.andWhere('s.batch_id = :batchId', { batchId: query.batchId });
    if (query.cadreId) qb.andWhere('s.cadre_id = :cadreId', { cadreId: query.cadreId });
    if (query.hostUnitId) qb.andWhere('s.host_unit_id = :hostUnitId', { hostUnitId: query.hostUnitId });
    if (query.category) qb.andWhere('s.category = :category', { category: query.category });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere('(cadre.name ILIKE :q OR "hostUnit".name ILIKE :q OR s.post ILIKE :q OR s.group_label ILIKE :q)', {
        q: containsPattern(query.q),
      });
    }
    return sortedPage(qb, query, SORT_COLUMN, { field: 'startDate', direction: 'DESC' }, 's.id');
  }

  /** Every secondment of a batch, for its roster, ordered by category then cadre name. */
  /** A batch's secondments the scope may see, by category then name, a page at a time (so an export streams). */
  async *pagesOfBatch(batchId: string, scope: ObjectScope, pageSize = 500): AsyncGenerator<Secondment[]> {
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.scoped(scope)
        .leftJoinAndSelect('cadre.homeUnit', 'homeUnit')
        .andWhere('s.batch_id = :batchId', { batchId })
        .orderBy('s.category', 'ASC')
        .addOrderBy('cadre.name', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .offset(offset)
        .limit(pageSize)
        .getMany();
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
    }
  }

  findActiveOf(cadreId: string): Promise<Secondment | null> {
    return this.dataSource.getRepository(Secondment).findOneBy({ cadreId, status: SecondmentStatus.Active });
  }

  /** Holds the cadre's row until commit, so two requests cannot both give them an ACTIVE secondment. */
  async lockCadre(manager: EntityManager, cadreId: string): Promise<void> {
    await manager.query('SELECT id FROM cadre WHERE id = $1 FOR UPDATE', [cadreId]);
  }

  /** lockCadre for many, in id order (two imports sharing cadres cannot deadlock). */
  async lockCadres(manager: EntityManager, cadreIds: string[]): Promise<void> {
    if (cadreIds.length > 0) await manager.query('SELECT id FROM cadre WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [cadreIds]);
  }

  async hasOtherActive(manager: EntityManager, cadreId: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM secondment WHERE cadre_id = $1 AND status = $2 AND ($3::uuid IS NULL OR id <> $3::uuid) LIMIT 1`,
      [cadreId, SecondmentStatus.Active, exceptId ?? null],
    );
    return rows.length > 0;
  }

  /** Of these cadres, those with an ACTIVE secondment. */
  async cadresWithActive(cadreIds: string[]): Promise<string[]> {
    if (cadreIds.length === 0) return [];
    const rows: { cadre_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT cadre_id FROM secondment WHERE cadre_id = ANY($1::uuid[]) AND status = $2',
      [cadreIds, SecondmentStatus.Active],
    );
    return rows.map((row) => row.cadre_id);
  }

  /** Of these cadres, those with any secondment in the batch. */
  async cadresInBatch(cadreIds: string[], batchId: string): Promise<string[]> {
    if (cadreIds.length === 0) return [];
    const rows: { cadre_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT cadre_id FROM secondment WHERE cadre_id = ANY($1::uuid[]) AND batch_id = $2',
      [cadreIds, batchId],
    );
    return rows.map((row) => row.cadre_id);
  }

  /** How many secondments of the batch fall outside the period. */
  async countOutside(batchId: string, startDate: string, endDate: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      'SELECT count(*) AS count FROM secondment WHERE batch_id = $1 AND (start_date < $2 OR end_date > $3)',
      [batchId, startDate, endDate],
    );
    return Number(rows[0].count);
  }

  async insert(manager: EntityManager, fields: SecondmentFields): Promise<Secondment> {
    return manager.getRepository(Secondment).save(manager.getRepository(Secondment).create(fields));
  }

  /** Many new secondments in a few statements; their ids in the same order. */
  insertMany(manager: EntityManager, fields: SecondmentFields[]): Promise<string[]> {
    return insertMany(manager, Secondment, fields);
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: SecondmentChanges): Promise<boolean> {
    return updateAtVersion(manager, Secondment, id, version, changes);
  }
}
