import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateAtVersion } from '@app/database';
import type { RubricDefinition } from '@app/domain';
import { RubricStatus, RubricVersion } from './rubric-version.entity';

export type RubricChanges = Partial<Pick<RubricVersion, 'name' | 'definition' | 'status' | 'publishedAt' | 'publishedBy'>>;

@Injectable()
export class RubricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RubricVersion | null> {
    return manager.getRepository(RubricVersion).findOneBy({ id });
  }

  findByName(name: string): Promise<RubricVersion | null> {
    return this.dataSource.getRepository(RubricVersion).findOneBy({ name });
  }

  /** Newest first. */
  findAll(): Promise<RubricVersion[]> {
    return this.dataSource.getRepository(RubricVersion).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  insertDraft(manager: EntityManager, name: string, definition: RubricDefinition, basedOnId: string): Promise<RubricVersion> {
    const repository = manager.getRepository(RubricVersion);
    return repository.save(repository.create({ name, definition, basedOnId, status: RubricStatus.Draft, publishedAt: null, publishedBy: null }));
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: RubricChanges): Promise<boolean> {
    return updateAtVersion(manager, RubricVersion, id, version, changes as Parameters<typeof updateAtVersion<RubricVersion>>[4]);
  }
}
