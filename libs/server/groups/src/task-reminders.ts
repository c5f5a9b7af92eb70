import type { EntityManager } from 'typeorm';
import { FINISHED_TASK_STATUSES, REMINDER_KIND_LABELS } from '@lantern/shared/domain';
import { ReminderRecipient, Reminders, ReminderSpec, taskReminderTimes } from '@lantern/server/reminders';
import { TaskAndFinishGroup } from './task-and-finish-group.entity';
import type { Task } from './task.entity';

/**
 * Makes a task's pending reminders match it, in the caller's transaction: due soon and overdue to the owner
 * (the named officer, else the owning agency), escalation to the group's coordinator (for a task with no group,
 * to whoever created it). Changing the due date reschedules them; finishing or cancelling the task cancels them.
 */
export async function scheduleTaskReminders(manager: EntityManager, task: Task, now = new Date()): Promise<void> {
  const times = taskReminderTimes({ dueOn: task.dueOn, finished: FINISHED_TASK_STATUSES.includes(task.status) }, now);
  const owner: ReminderRecipient = task.ownerOfficerId
    ? { type: 'OFFICER', id: task.ownerOfficerId }
    : { type: 'AGENCY', id: task.ownerAgencyId };
  const coordinatorId = task.groupId
    ? (await manager.findOneBy(TaskAndFinishGroup, { id: task.groupId }))?.coordinatorUserId
    : task.createdByUserId;
  const specs: ReminderSpec[] = [];
  for (const { kind, dueAt } of times) {
    const recipient: ReminderRecipient | null =
      kind === 'TASK_ESCALATED' ? (coordinatorId ? { type: 'USER', id: coordinatorId } : null) : owner;
    if (!recipient) continue;
    specs.push({
      kind,
      subjectType: 'task',
      subjectId: task.id,
      recipient,
      dueAt,
      title: `${REMINDER_KIND_LABELS[kind]}: ${task.title}`,
      link: `/tasks/${task.id}`,
    });
  }
  await Reminders.replaceFor(manager, { subjectType: 'task', subjectId: task.id }, specs);
}
