import { oneOf, requiredText, TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** A comment, as the server checks it (group.rules.ts commentProblems): some text, 4000 characters or fewer. */
export function commentProblems(body: string): FieldErrors {
  return { body: requiredText(body, 'a comment', 4000) ?? undefined };
}

/**
 * A status change, as the server checks it (a listed status; a comment, when there is one, as above),
 * and one check of its own: the task already having the chosen status, the change would change nothing.
 */
export function taskStatusProblems(change: { status: string; comment: string }, current: TaskStatus): FieldErrors {
  const statusProblem = oneOf(change.status, TASK_STATUSES, 'the status');
  return {
    status:
      statusProblem ??
      (change.status === current
        ? `The task is already ${TASK_STATUS_LABELS[current].toLowerCase()}: choose another status, or add a comment on its own below`
        : undefined),
    comment: change.comment.trim() ? commentProblems(change.comment).body : undefined,
  };
}
