import {
  attendanceReminderTime,
  digestTitle,
  digestWeek,
  londonTime,
  orderExpiryTime,
  taskReminderTimes,
} from './reminder.rules';

const iso = (times: { kind: string; dueAt: Date }[]) => times.map((t) => [t.kind, t.dueAt.toISOString()]);

describe('reminder times (Europe/London)', () => {
  it('puts 09:00 London at 09:00 UTC in winter and 08:00 UTC in summer', () => {
    expect(londonTime('2026-01-15', 9).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(londonTime('2026-07-15', 9).toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('reminds of a task across the spring clock change (Sunday 29 March 2026) at 09:00 London each time', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    expect(iso(taskReminderTimes({ dueOn: '2026-03-29', finished: false }, now))).toEqual([
      ['TASK_DUE_SOON', '2026-03-28T09:00:00.000Z'], // Saturday, still GMT
      ['TASK_OVERDUE', '2026-03-30T08:00:00.000Z'], // Monday, BST
      ['TASK_ESCALATED', '2026-04-01T08:00:00.000Z'],
    ]);
  });

  it('reminds of a task across the autumn clock change (Sunday 25 October 2026) at 09:00 London each time', () => {
    const now = new Date('2026-10-20T12:00:00Z');
    expect(iso(taskReminderTimes({ dueOn: '2026-10-25', finished: false }, now))).toEqual([
      ['TASK_DUE_SOON', '2026-10-24T08:00:00.000Z'], // Saturday, BST
      ['TASK_OVERDUE', '2026-10-26T09:00:00.000Z'], // Monday, GMT
      ['TASK_ESCALATED', '2026-10-28T09:00:00.000Z'],
    ]);
  });

  it('gives the clock-change day itself 09:00 London (the 23- and 25-hour days)', () => {
    expect(londonTime('2026-03-29', 9).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(londonTime('2026-10-25', 9).toISOString()).toBe('2026-10-25T09:00:00.000Z');
    // 01:30 on 29 March 2026 does not exist in London: luxon moves it forward an hour, never earlier.
    expect(londonTime('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('drops reminders whose time has passed, and has none for finished or undated tasks', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(iso(taskReminderTimes({ dueOn: '2026-11-24', finished: false }, now)).map(([kind]) => kind)).toEqual([
      'TASK_OVERDUE',
      'TASK_ESCALATED',
    ]);
    expect(taskReminderTimes({ dueOn: '2026-11-30', finished: true }, now)).toEqual([]);
    expect(taskReminderTimes({ dueOn: null, finished: false }, now)).toEqual([]);
  });

  it('reminds of an order 28 days before it ends while it is in force', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(iso(orderExpiryTime({ endsOn: '2027-06-30', inForce: true }, now))).toEqual([
      ['ORDER_EXPIRY', '2027-06-02T08:00:00.000Z'],
    ]);
    expect(orderExpiryTime({ endsOn: '2027-06-30', inForce: false }, now)).toEqual([]);
    expect(orderExpiryTime({ endsOn: '2026-12-01', inForce: true }, now)).toEqual([]);
    expect(orderExpiryTime({ endsOn: null, inForce: true }, now)).toEqual([]);
  });

  it('reminds an officer who has not answered 48 hours before a visit, or 4 hours after being asked late', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const startsAt = new Date('2026-11-28T21:00:00Z');
    expect(iso(attendanceReminderTime({ startsAt, answered: false, open: true }, now))).toEqual([
      ['VISIT_ATTENDANCE_UNCONFIRMED', '2026-11-26T21:00:00.000Z'],
    ]);
    const tomorrow = new Date('2026-11-24T21:00:00Z');
    expect(iso(attendanceReminderTime({ startsAt: tomorrow, answered: false, open: true }, now))).toEqual([
      ['VISIT_ATTENDANCE_UNCONFIRMED', '2026-11-23T14:00:00.000Z'],
    ]);
    expect(
      attendanceReminderTime({ startsAt: new Date('2026-11-23T16:00:00Z'), answered: false, open: true }, now),
    ).toEqual([]);
    expect(attendanceReminderTime({ startsAt, answered: true, open: true }, now)).toEqual([]);
    expect(attendanceReminderTime({ startsAt, answered: false, open: false }, now)).toEqual([]);
  });

  it('names the digest week by ISO week in London, and says nothing when nothing is the user’s', () => {
    expect(digestWeek(new Date('2026-11-23T08:00:00Z'))).toBe('2026-W48');
    expect(digestWeek(new Date('2027-01-01T08:00:00Z'))).toBe('2026-W53');
    expect(digestTitle({ openTasks: 3, overdueTasks: 1, unansweredVisits: 1 })).toBe(
      'Your week: 3 open tasks, 1 overdue, 1 visit to confirm',
    );
    expect(digestTitle({ openTasks: 0, overdueTasks: 0, unansweredVisits: 0 })).toBeNull();
  });
});
