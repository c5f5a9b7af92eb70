import { commentProblems, taskStatusProblems } from './task-status-values';

describe('changing the status of a task', () => {
  it('needs a listed status other than the one it has', () => {
    expect(taskStatusProblems({ status: '', comment: '' }, 'OPEN')['status']).toBe('Select the status');
    expect(taskStatusProblems({ status: 'LOST', comment: '' }, 'OPEN')['status']).toBe(
      'The status must be one of the listed options',
    );
    expect(taskStatusProblems({ status: 'OPEN', comment: 'Still waiting' }, 'OPEN')['status']).toMatch(
      /^The task is already open/,
    );
    expect(taskStatusProblems({ status: 'IN_PROGRESS', comment: '' }, 'OPEN')).toEqual({
      status: undefined,
      comment: undefined,
    });
  });

  it('takes an optional comment of 4000 characters or fewer', () => {
    expect(taskStatusProblems({ status: 'DONE', comment: 'x'.repeat(4000) }, 'OPEN')['comment']).toBeUndefined();
    expect(taskStatusProblems({ status: 'DONE', comment: 'x'.repeat(4001) }, 'OPEN')['comment']).toBe(
      'A comment must be 4000 characters or fewer',
    );
  });
});

describe('a comment on its own', () => {
  it('needs some text', () => {
    expect(commentProblems('  ')['body']).toBe('Enter a comment');
    expect(commentProblems('Visited on Tuesday')['body']).toBeUndefined();
  });
});
