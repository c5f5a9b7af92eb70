import type { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { londonToday } from '@lantern/shared/domain';
import { digestTitle, digestWeek, LONDON } from './reminder.rules';
import { Reminders } from './reminders';

export const WEEKLY_DIGEST_JOB = 'weekly-digest';

/**
 * The weekly digest: for every active user (board members see no personal data, so get none), a reminder
 * due now telling them what is theirs: open and overdue tasks, visits they have not answered. One per user
 * per ISO week (the due time is the week's Monday 08:00 London, and reminders are unique), however often the
 * scheduler fires; the relay and the sender deliver it like any other reminder.
 */
export async function writeWeeklyDigests(db: DataSource, now = new Date()): Promise<number> {
  const today = londonToday(now);
  const week = digestWeek(now);
  const dueAt = DateTime.fromJSDate(now, { zone: LONDON }).startOf('week').set({ hour: 8 }).toJSDate();
  const users: { id: string; open: string; overdue: string; visits: string }[] = await db.query(
    `SELECT u.id,
       (SELECT count(*) FROM task t WHERE t.status NOT IN ('DONE', 'CANCELLED')
          AND (t.owner_officer_id = u.officer_id OR (t.owner_agency_id = u.agency_id AND t.owner_officer_id IS NULL))) AS open,
       (SELECT count(*) FROM task t WHERE t.status NOT IN ('DONE', 'CANCELLED') AND t.due_on < $1::date
          AND (t.owner_officer_id = u.officer_id OR (t.owner_agency_id = u.agency_id AND t.owner_officer_id IS NULL))) AS overdue,
       (SELECT count(*) FROM visit_officer vo JOIN visit_plan vp ON vp.id = vo.visit_plan_id
          WHERE vo.officer_id = u.officer_id AND vo.response = 'PENDING' AND vp.starts_at > now()
            AND vp.status IN ('DRAFT', 'READY')) AS visits
     FROM user_account u WHERE u.disabled_at IS NULL AND u.role <> 'BOARD_MEMBER'`,
    [today],
  );
  let written = 0;
  await db.transaction(async (manager) => {
    for (const user of users) {
      const title = digestTitle({
        openTasks: Number(user.open),
        overdueTasks: Number(user.overdue),
        unansweredVisits: Number(user.visits),
      });
      if (!title) continue;
      await Reminders.schedule(manager, {
        kind: 'WEEKLY_DIGEST',
        subjectType: 'digest',
        subjectId: week,
        recipient: { type: 'USER', id: user.id },
        dueAt,
        title,
        link: '/tasks',
      });
      written += 1;
    }
  });
  return written;
}
