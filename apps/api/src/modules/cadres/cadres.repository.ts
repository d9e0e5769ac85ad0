import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { containsPattern, insertMany, selectRows, updateAtVersion } from '@app/database';
import { assessmentScopeSql, cadreScopeSql, type ObjectScope, secondmentScopeSql } from '../../common/auth/object-scope';
import { sortedPage } from '../../common/paging/sort';
import { Cadre } from './cadre.entity';
import type { CadreQueryDto, CadreSortField } from './dto/cadre-requests.dto';

const SORT_COLUMN: Record<CadreSortField, string> = {
  name: 'c.name',
  birthDate: 'c.birth_date',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
};

/** A cadre as responses read it: its columns and the name of its home unit. */
export type CadreView = CadreFields & Pick<Cadre, 'id' | 'version' | 'createdAt' | 'updatedAt'> & { homeUnit?: { id: string; name: string } };

const CADRE_VIEW_SQL = `SELECT c.id, c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.name, c.gender,
       c.birth_date::text AS "birthDate", c.ethnicity, c.political_status AS "politicalStatus", c.education,
       c.home_unit_id AS "homeUnitId", json_build_object('id', hu.id, 'name', hu.name) AS "homeUnit",
       c.position, c.rank, c.phone, c.national_id AS "nationalId"
  FROM cadre c JOIN unit hu ON hu.id = c.home_unit_id`;

export type CadreFields = Pick<
  Cadre,
  'name' | 'gender' | 'birthDate' | 'ethnicity' | 'politicalStatus' | 'education' | 'homeUnitId' | 'position' | 'rank' | 'phone' | 'nationalId'
>;

@Injectable()
export class CadresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private scoped(scope: ObjectScope, manager: EntityManager = this.dataSource.manager) {
    const { sql, params } = cadreScopeSql(scope, 'c');
    return manager.getRepository(Cadre).createQueryBuilder('c').leftJoinAndSelect('c.homeUnit', 'homeUnit').where(sql, params);
  }

  findById(id: string, scope: ObjectScope, manager?: EntityManager): Promise<Cadre | null> {
    return this.scoped(scope, manager).andWhere('c.id = :id', { id }).getOne();
  }

  /** One cadre as the scope may see it, for reading: plain SQL, no entity. */
  async readById(id: string, scope: ObjectScope): Promise<CadreView | undefined> {
    const visible = cadreScopeSql(scope, 'c');
    const rows = await selectRows<CadreView>(this.dataSource, `${CADRE_VIEW_SQL} WHERE c.id = :id AND ${visible.sql}`, { ...visible.params, id });
    return rows[0];
  }

  async exists(id: string): Promise<boolean> {
    return (await this.dataSource.getRepository(Cadre).existsBy({ id }));
  }

  findByNationalId(nationalId: string): Promise<Cadre | null> {
    return this.dataSource.getRepository(Cadre).findOneBy({ nationalId });
  }

  /** Cadres by national id, for checking a whole roster in one query. */
  findByNationalIds(nationalIds: string[]): Promise<Cadre[]> {
    if (nationalIds.length === 0) return Promise.resolve([]);
    // One array parameter: a roster of 5,000 rows would otherwise expand to 5,000 parameters.
    return this.dataSource.getRepository(Cadre).createQueryBuilder('c').where('c.national_id = ANY(:nationalIds)', { nationalIds }).getMany();
  }

  /**
   * The one-click search: `q` matches the name, position or home unit of the cadre, or
   * the host unit, post or group of a secondment the caller may see; the secondment
   * filters likewise look only at visible secondments.
   */
  findPage(query: CadreQueryDto, scope: ObjectScope): Promise<[Cadre[], number]> {
    const qb = this.scoped(scope);
    if (query.homeUnitId) qb.andWhere('c.home_unit_id = :homeUnitId', { homeUnitId: query.homeUnitId });

    const secondmentFilters: string[] = [];
    if (query.batchId) secondmentFilters.push('sf.batch_id = :batchId');
    if (query.category) secondmentFilters.push('sf.category = :category');
    if (query.hostUnitId) secondmentFilters.push('sf.host_unit_id = :hostUnitId');
    if (query.status) secondmentFilters.push('sf.status = :status');
    if (secondmentFilters.length > 0) {
      const visible = secondmentScopeSql(scope, 'sf');
      qb.andWhere(`EXISTS (SELECT 1 FROM secondment sf WHERE sf.cadre_id = c.id AND ${visible.sql} AND ${secondmentFilters.join(' AND ')})`, {
        ...visible.params,
        batchId: query.batchId,
        category: query.category,
        hostUnitId: query.hostUnitId,
        status: query.status,
      });
    }
    if (query.grade) {
      const visible = assessmentScopeSql(scope, 'ga');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM assessment ga JOIN assessment_round gr ON gr.id = ga.round_id
                  WHERE ga.cadre_id = c.id AND gr.status = 'FINALIZED' AND ga.grade = :grade AND ${visible.sql})`,
        { ...visible.params, grade: query.grade },
      );
    }
    if (query.q) {
      const visible = secondmentScopeSql(scope, 'sq');
      qb.andWhere(
        `(c.name ILIKE :q OR c.position ILIKE :q OR "homeUnit".name ILIKE :q OR EXISTS (
           SELECT 1 FROM secondment sq JOIN unit uq ON uq.id = sq.host_unit_id
            WHERE sq.cadre_id = c.id AND ${visible.sql} AND (uq.name ILIKE :q OR sq.post ILIKE :q OR sq.group_label ILIKE :q)))`,
        { ...visible.params, q: containsPattern(query.q) },
      );
    }
    return sortedPage(qb, query, SORT_COLUMN, { field: 'name', direction: 'ASC' }, 'c.id');
  }

  async insert(manager: EntityManager, fields: CadreFields): Promise<Cadre> {
    return manager.getRepository(Cadre).save(manager.getRepository(Cadre).create(fields));
  }

  /** Many new cadres in a few statements; their ids in the same order. */
  insertMany(manager: EntityManager, fields: CadreFields[]): Promise<string[]> {
    return insertMany(manager, Cadre, fields);
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: Partial<CadreFields>): Promise<boolean> {
    return updateAtVersion(manager, Cadre, id, version, changes);
  }
}
