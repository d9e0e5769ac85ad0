import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Applies `changes` only if the row is still at `version`, and bumps it. TypeORM's
 * @VersionColumn does not protect save(); this does. False when the row has moved on.
 */
export async function updateAtVersion<E extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<E>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<E>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return result.affected === 1;
}
