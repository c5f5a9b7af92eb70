import { daysBetween, dueInWords, tasksInOrder } from './task-due';

describe('when a task is due, in words', () => {
  const today = '2026-11-23';

  it('counts days across month ends and the clock change', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('says how far off an unfinished task is', () => {
    expect(dueInWords({ dueOn: null, status: 'OPEN' }, today)).toBe('No due date');
    expect(dueInWords({ dueOn: '2026-11-23', status: 'OPEN' }, today)).toBe('Due today (23 November 2026)');
    expect(dueInWords({ dueOn: '2026-11-24', status: 'IN_PROGRESS' }, today)).toBe('Due tomorrow (24 November 2026)');
    expect(dueInWords({ dueOn: '2026-11-30', status: 'OPEN' }, today)).toBe('Due 30 November 2026 (in 7 days)');
    expect(dueInWords({ dueOn: '2026-11-22', status: 'BLOCKED' }, today)).toBe('Was due 22 November 2026 (1 day ago)');
    expect(dueInWords({ dueOn: '2026-11-20', status: 'OPEN' }, today)).toBe('Was due 20 November 2026 (3 days ago)');
  });

  it('gives only the date for a finished task', () => {
    expect(dueInWords({ dueOn: '2026-11-20', status: 'DONE' }, today)).toBe('Due 20 November 2026');
  });
});

describe('the order tasks are listed in', () => {
  it('puts overdue tasks first, then unfinished ones by due date, then finished ones', () => {
    const tasks = [
      { id: 'done', overdue: false, status: 'DONE' as const, dueOn: '2026-11-01' },
      { id: 'undated', overdue: false, status: 'OPEN' as const, dueOn: null },
      { id: 'later', overdue: false, status: 'OPEN' as const, dueOn: '2026-12-10' },
      { id: 'overdue-a-little', overdue: true, status: 'OPEN' as const, dueOn: '2026-11-20' },
      { id: 'soon', overdue: false, status: 'IN_PROGRESS' as const, dueOn: '2026-11-25' },
      { id: 'overdue-most', overdue: true, status: 'BLOCKED' as const, dueOn: '2026-11-02' },
    ];
    expect(tasksInOrder(tasks).map((task) => task.id)).toEqual([
      'overdue-most',
      'overdue-a-little',
      'soon',
      'later',
      'undated',
      'done',
    ]);
  });
});
