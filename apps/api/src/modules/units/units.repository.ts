import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { containsPattern, updateAtVersion } from '@app/database';
import { sortedPage } from '../../common/paging/sort';
import { Unit } from './unit.entity';
import type { UnitQueryDto, UnitSortField } from './dto/unit-requests.dto';

const SORT_COLUMN: Record<UnitSortField, string> = {
  name: 'u.name',
  code: 'u.code',
  type: 'u.type',
  createdAt: 'u.created_at',
};

export type UnitChanges = Partial<Pick<Unit, 'name' | 'code' | 'type' | 'parentId'>>;

@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Unit | null> {
    return manager.getRepository(Unit).findOneBy({ id });
  }

  findByCode(code: string): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ code });
  }

  /** Accounts and host-unit secondments tied to the unit: its type must then stay. */
  async usage(id: string): Promise<{ users: number; hostedSecondments: number }> {
    const rows: { users: string; hosted: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM app_user WHERE unit_id = $1) AS users,
              (SELECT count(*) FROM secondment WHERE host_unit_id = $1) AS hosted`,
      [id],
    );
    return { users: Number(rows[0].users), hostedSecondments: Number(rows[0].hosted) };
  }

  findByNamesOrCodes(keys: string[]): Promise<Unit[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.name IN (:...keys) OR u.code IN (:...keys)', { keys })
      .getMany();
  }

  /** The ids of `id` and all its ancestors, nearest first; stops if the data holds a cycle. */
  async ancestry(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM unit WHERE id = $1
         UNION ALL
         SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id WHERE up.depth < 100
       ) SELECT id FROM up ORDER BY depth`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  insert(manager: EntityManager, unit: Pick<Unit, 'name' | 'code' | 'type' | 'parentId'>): Promise<Unit> {
    return manager.getRepository(Unit).save(manager.getRepository(Unit).create(unit));
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: UnitChanges): Promise<boolean> {
    return updateAtVersion(manager, Unit, id, version, changes);
  }

  findPage(query: UnitQueryDto): Promise<[Unit[], number]> {
    const qb = this.dataSource.getRepository(Unit).createQueryBuilder('u');
    if (query.type) qb.andWhere('u.type = :type', { type: query.type });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.q) qb.andWhere('(u.name ILIKE :q OR u.code ILIKE :q)', { q: containsPattern(query.q) });
    return sortedPage(qb, query, SORT_COLUMN, { field: 'name', direction: 'ASC' }, 'u.id');
  }
}
