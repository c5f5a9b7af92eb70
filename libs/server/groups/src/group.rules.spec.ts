import { isTaskOverdue, londonToday, nextGroupStages } from '@lantern/shared/domain';
import { groupProblems, stageChangeProblems, taskProblems } from './group.rules';

const TODAY = '2026-11-23';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('task and finish group rules', () => {
  it('needs a name and an objective', () => {
    expect(groupProblems({ name: 'Op Kestrel', objective: 'Close the social club' })).toEqual([]);
    expect(fields(groupProblems({ name: ' ', objective: '' }))).toEqual(['name', 'objective']);
  });

  it('moves only along the lifecycle', () => {
    expect(stageChangeProblems('TASKING', { stage: 'PLANNING' }, TODAY)).toEqual([]);
    expect(stageChangeProblems('PLANNING', { stage: 'ACTIVE' }, TODAY)).toEqual([]);
    const skipped = stageChangeProblems('TASKING', { stage: 'MONITORING' }, TODAY);
    expect(skipped).toEqual([{ field: 'stage', message: 'A group at tasking can move only to planning or closed' }]);
    expect(stageChangeProblems('CLOSED', { stage: 'ACTIVE' }, TODAY)[0].message).toBe(
      'A closed group cannot move to another stage',
    );
    expect(stageChangeProblems('ACTIVE', { stage: 'ACTIVE' }, TODAY)[0].field).toBe('stage');
    expect(stageChangeProblems('ACTIVE', { stage: 'SOMEWHERE' }, TODAY)[0].message).toMatch(/listed options/);
  });

  it('needs a closure summary to close or hand over to monitoring', () => {
    expect(fields(stageChangeProblems('ACTIVE', { stage: 'CLOSURE' }, TODAY))).toEqual(['closureSummary']);
    expect(
      stageChangeProblems('ACTIVE', { stage: 'CLOSURE', closureSummary: 'Closed by fire service' }, TODAY),
    ).toEqual([]);
    expect(fields(stageChangeProblems('CLOSURE', { stage: 'CLOSED', closureSummary: '  ' }, TODAY))).toEqual([
      'closureSummary',
    ]);
  });

  it('needs a review schedule and a future end date to monitor', () => {
    const base = { stage: 'MONITORING', closureSummary: 'Premises closed' };
    expect(fields(stageChangeProblems('CLOSURE', base, TODAY))).toEqual(['reviewSchedule', 'monitoringEndsOn']);
    expect(
      stageChangeProblems('CLOSURE', { ...base, reviewSchedule: 'MONTHLY', monitoringEndsOn: TODAY }, TODAY),
    ).toEqual([{ field: 'monitoringEndsOn', message: 'The date monitoring ends must be in the future' }]);
    expect(
      stageChangeProblems('CLOSURE', { ...base, reviewSchedule: 'MONTHLY', monitoringEndsOn: '2027-02-30' }, TODAY)[0]
        .message,
    ).toMatch(/real date/);
    expect(
      stageChangeProblems('CLOSURE', { ...base, reviewSchedule: 'MONTHLY', monitoringEndsOn: '2027-11-23' }, TODAY),
    ).toEqual([]);
  });

  it('lets monitoring return to active when a new concern arises', () => {
    expect(nextGroupStages('MONITORING')).toContain('ACTIVE');
  });
});

describe('task rules', () => {
  const task = { title: 'Check licence conditions', priority: 'HIGH', dueOn: '2026-11-30' };

  it('accepts a task due in the future', () => expect(taskProblems(task, TODAY)).toEqual([]));

  it('refuses a new due date in the past, but keeps an existing one', () => {
    expect(taskProblems({ ...task, dueOn: '2026-11-01' }, TODAY)).toEqual([
      { field: 'dueOn', message: 'The due date must be today or in the future' },
    ]);
    expect(taskProblems({ ...task, dueOn: '2026-11-01' }, TODAY, '2026-11-01')).toEqual([]);
  });

  it('names each bad field', () => {
    expect(fields(taskProblems({ title: '', priority: 'SOON', dueOn: '30/11/2026' }, TODAY))).toEqual([
      'title',
      'dueOn',
      'priority',
    ]);
  });

  it('counts a task overdue only when unfinished and past its London due date', () => {
    expect(isTaskOverdue({ status: 'OPEN', dueOn: '2026-11-22' }, TODAY)).toBe(true);
    expect(isTaskOverdue({ status: 'BLOCKED', dueOn: '2026-11-22' }, TODAY)).toBe(true);
    expect(isTaskOverdue({ status: 'OPEN', dueOn: TODAY }, TODAY)).toBe(false);
    expect(isTaskOverdue({ status: 'DONE', dueOn: '2026-11-01' }, TODAY)).toBe(false);
    expect(isTaskOverdue({ status: 'OPEN', dueOn: null }, TODAY)).toBe(false);
  });

  it('takes today in London, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST); in winter London is UTC.
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
