import { myTasksCount, myTasksHref, myTasksViewFrom } from './my-tasks-view';

describe('My tasks in the address bar', () => {
  it('shows finished tasks only when asked to', () => {
    expect(myTasksViewFrom(new URLSearchParams('finished=1'))).toEqual({ includeFinished: true });
    expect(myTasksViewFrom(new URLSearchParams(''))).toEqual({ includeFinished: false });
    expect(myTasksViewFrom(new URLSearchParams('finished=yes'))).toEqual({ includeFinished: false });
  });

  it('writes a short address', () => {
    expect(myTasksHref({ includeFinished: true })).toBe('/tasks?finished=1');
    expect(myTasksHref({ includeFinished: false })).toBe('/tasks');
  });

  it('counts the tasks and says how many are overdue', () => {
    const unfinished = { includeFinished: false };
    expect(myTasksCount([], unfinished)).toBe('You have no tasks to do.');
    expect(myTasksCount([], { includeFinished: true })).toBe('You have no tasks, finished or not.');
    expect(myTasksCount([{ overdue: false }], unfinished)).toBe('1 task to do.');
    expect(myTasksCount([{ overdue: true }, { overdue: false }, { overdue: true }], unfinished)).toBe(
      '3 tasks to do, 2 of them overdue.',
    );
    expect(myTasksCount([{ overdue: false }, { overdue: false }], { includeFinished: true })).toBe(
      '2 tasks, finished ones included.',
    );
  });
});
