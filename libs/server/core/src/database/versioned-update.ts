import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { EditConflict, NotFound } from '../errors/domain-error';

/**
 * Optimistic concurrency: the UPDATE only applies when the row still has the version the user
 * started from, and bumps it. A stale version is a CONFLICT error, never a silent overwrite.
 */
export async function updateAtVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) {
    return manager.getRepository(target).findOneByOrFail({ id } as never);
  }
  const exists = await manager.getRepository(target).exists({ where: { id } as never });
  throw exists ? new EditConflict(what) : new NotFound(what);
}
