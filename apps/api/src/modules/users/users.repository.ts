import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { containsPattern, updateAtVersion } from '@app/database';
import { sortedPage } from '../../common/paging/sort';
import { User } from './user.entity';
import type { UserQueryDto, UserSortField } from './dto/user-requests.dto';

const SORT_COLUMN: Record<UserSortField, string> = {
  username: 'u.username',
  displayName: 'u.display_name',
  role: 'u.role',
  createdAt: 'u.created_at',
};

export type UserChanges = Partial<Pick<User, 'displayName' | 'role' | 'unitId' | 'cadreId' | 'disabled'>>;

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  findByUsername(username: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ username });
  }

  findByCadre(cadreId: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ cadreId });
  }

  count(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(User).count();
  }

  insert(manager: EntityManager, user: Omit<User, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(user));
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: UserChanges): Promise<boolean> {
    return updateAtVersion(manager, User, id, version, changes);
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ passwordHash, passwordChangedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  findPage(query: UserQueryDto): Promise<[User[], number]> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: query.unitId });
    if (query.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    if (query.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(query.q) });
    }
    return sortedPage(qb, query, SORT_COLUMN, { field: 'username', direction: 'ASC' }, 'u.id');
  }
}
