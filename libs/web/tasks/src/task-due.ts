import { formatCalendarDate, FINISHED_TASK_STATUSES, type TaskStatus } from '@lantern/shared/domain';

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/**
 * When a task is due, in words, against London's `today`: "Due today", "Due tomorrow",
 * "Due 30 November 2026 (in 7 days)", or for an overdue task "Was due 20 November 2026 (3 days ago)".
 * Finished tasks just give the date.
 */
export function dueInWords(task: { dueOn: string | null; status: TaskStatus }, today: string): string {
  if (!task.dueOn) return 'No due date';
  const date = formatCalendarDate(task.dueOn);
  if (FINISHED_TASK_STATUSES.includes(task.status)) return `Due ${date}`;
  const away = daysBetween(today, task.dueOn);
  if (away === 0) return `Due today (${date})`;
  if (away === 1) return `Due tomorrow (${date})`;
  if (away > 1) return `Due ${date} (in ${days(away)})`;
  return `Was due ${date} (${days(-away)} ago)`;
}

interface OrderedTask {
  overdue: boolean;
  status: TaskStatus;
  dueOn: string | null;
}

/** Overdue tasks first (the most overdue at the top), then other unfinished ones by due date, then finished ones. */
export function tasksInOrder<T extends OrderedTask>(tasks: readonly T[]): T[] {
  const rank = (task: T) => (task.overdue ? 0 : FINISHED_TASK_STATUSES.includes(task.status) ? 2 : 1);
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || compareDue(a.task.dueOn, b.task.dueOn) || a.index - b.index)
    .map(({ task }) => task);
}

/** Earlier due dates first; tasks without one last. */
function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
