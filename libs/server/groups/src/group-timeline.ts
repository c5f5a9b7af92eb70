import type { EntityManager } from 'typeorm';
import type { Viewer } from '@lantern/shared/domain';
import { GroupEvent } from './task-and-finish-group.entity';

/** What the timeline says happened; written in the transaction of the change itself. */
export interface GroupEventEntry {
  kind: string;
  summary: string;
  subjectId?: string | null;
}

export async function recordGroupEvent(
  manager: EntityManager,
  viewer: Viewer | null,
  groupId: string,
  entry: GroupEventEntry,
): Promise<void> {
  await manager.insert(GroupEvent, {
    groupId,
    occurredAt: new Date(),
    userId: viewer?.userId ?? null,
    kind: entry.kind,
    summary: entry.summary,
    subjectId: entry.subjectId ?? null,
  });
}
