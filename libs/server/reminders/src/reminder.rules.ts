import { DateTime } from 'luxon';

/**
 * When reminders fall due: pure functions over London dates and times. Reminders go out at a London wall-clock
 * time (09:00 on working mornings), which is 09:00 UTC in winter and 08:00 UTC in summer: luxon does the
 * clock change, so a reminder never lands an hour early or late around the last Sundays of March and October.
 */
export const LONDON = 'Europe/London';
/** The hour (London) at which day-based reminders go out. */
export const REMINDER_HOUR = 9;
/** Days after the due date before an overdue task is escalated to the coordinator. */
export const ESCALATE_AFTER_DAYS = 3;
/** Days before an order ends that its agency is reminded. */
export const ORDER_EXPIRY_NOTICE_DAYS = 28;
/** Hours before a visit that officers who have not answered are reminded. */
export const ATTENDANCE_NOTICE_HOURS = 48;
/** Least time an officer asked late gets before being reminded, and least time before the visit to bother. */
export const ATTENDANCE_GRACE_HOURS = 4;

/** The instant of a London wall-clock time on a London date (YYYY-MM-DD). */
export function londonTime(date: string, hour: number, minute = 0): Date {
  const time = DateTime.fromISO(date, { zone: LONDON }).set({ hour, minute, second: 0, millisecond: 0 });
  if (!time.isValid) throw new Error(`Not a date: ${date}`);
  return time.toJSDate();
}

/** A London date moved by whole days (calendar days, whatever the clock does). */
export function addLondonDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: LONDON }).plus({ days }).toISODate() as string;
}

export interface DueTime<K extends string> {
  kind: K;
  dueAt: Date;
}

/** Keeps the times still to come: a reminder whose time has passed when it is (re)scheduled is not sent late. */
function future<K extends string>(times: DueTime<K>[], now: Date): DueTime<K>[] {
  return times.filter((time) => time.dueAt.getTime() > now.getTime());
}

/**
 * A task with a due date: the owner hears at 09:00 London the day before it is due and the day after it was
 * due, and the coordinator ESCALATE_AFTER_DAYS days after it was due. A finished task has none.
 */
export function taskReminderTimes(
  task: { dueOn: string | null; finished: boolean },
  now: Date,
): DueTime<'TASK_DUE_SOON' | 'TASK_OVERDUE' | 'TASK_ESCALATED'>[] {
  if (!task.dueOn || task.finished) return [];
  return future(
    [
      { kind: 'TASK_DUE_SOON' as const, dueAt: londonTime(addLondonDays(task.dueOn, -1), REMINDER_HOUR) },
      { kind: 'TASK_OVERDUE' as const, dueAt: londonTime(addLondonDays(task.dueOn, 1), REMINDER_HOUR) },
      {
        kind: 'TASK_ESCALATED' as const,
        dueAt: londonTime(addLondonDays(task.dueOn, ESCALATE_AFTER_DAYS), REMINDER_HOUR),
      },
    ],
    now,
  );
}

/** An order with an end date: its agency hears ORDER_EXPIRY_NOTICE_DAYS before, at 09:00 London, while it is in force. */
export function orderExpiryTime(
  order: { endsOn: string | null; inForce: boolean },
  now: Date,
): DueTime<'ORDER_EXPIRY'>[] {
  if (!order.endsOn || !order.inForce) return [];
  return future(
    [
      {
        kind: 'ORDER_EXPIRY',
        dueAt: londonTime(addLondonDays(order.endsOn, -ORDER_EXPIRY_NOTICE_DAYS), REMINDER_HOUR),
      },
    ],
    now,
  );
}

/**
 * An officer asked to attend a visit who has not answered: reminded ATTENDANCE_NOTICE_HOURS before it starts,
 * or, when asked later than that, ATTENDANCE_GRACE_HOURS after now, unless that is too close to the visit.
 */
export function attendanceReminderTime(
  visit: { startsAt: Date; answered: boolean; open: boolean },
  now: Date,
): DueTime<'VISIT_ATTENDANCE_UNCONFIRMED'>[] {
  if (visit.answered || !visit.open) return [];
  const hour = 3600_000;
  const dueAt = new Date(
    Math.max(visit.startsAt.getTime() - ATTENDANCE_NOTICE_HOURS * hour, now.getTime() + ATTENDANCE_GRACE_HOURS * hour),
  );
  if (dueAt.getTime() > visit.startsAt.getTime() - ATTENDANCE_GRACE_HOURS * hour) return [];
  return [{ kind: 'VISIT_ATTENDANCE_UNCONFIRMED', dueAt }];
}

/** The weekly digest runs at 08:00 London on Mondays (a cron pattern in London time, for BullMQ's scheduler). */
export const WEEKLY_DIGEST_CRON = '0 8 * * 1';

/** The ISO week a digest covers, e.g. `2026-W48`: one digest per user per week. */
export function digestWeek(now: Date): string {
  return DateTime.fromJSDate(now, { zone: LONDON }).toFormat("kkkk-'W'WW");
}

/** The digest's words, or null when there is nothing of the user's to tell them. */
export function digestTitle(counts: {
  openTasks: number;
  overdueTasks: number;
  unansweredVisits: number;
}): string | null {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (counts.openTasks) parts.push(plural(counts.openTasks, 'open task', 'open tasks'));
  if (counts.overdueTasks) parts.push(`${counts.overdueTasks} overdue`);
  if (counts.unansweredVisits) parts.push(plural(counts.unansweredVisits, 'visit to confirm', 'visits to confirm'));
  return parts.length ? `Your week: ${parts.join(', ')}` : null;
}
