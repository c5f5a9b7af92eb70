import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '@lantern/shared/domain';
import { Button, choicesFrom, Radios, Textarea, type FieldErrors } from '@lantern/web/ui';
import {
  ConflictHelp,
  FormProblems,
  graphql,
  useFormSubmission,
  useLatestVersionOnConflict,
} from '@lantern/web/graphql';
import { taskStatusProblems } from './task-status-values';

const SetTaskStatusMutation = graphql(`
  mutation SetTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {
    setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) {
      id
      status
      overdue
      completedAt
      updatedAt
      version
      comments {
        ...TaskCommentItem
      }
    }
  }
`);

const FIELDS = { status: 'status', comment: 'status-comment' };

/** The server names the comment `body`, as it does a comment on its own. */
function commentAsTheFormNamesIt({ body, ...errors }: FieldErrors): FieldErrors {
  return body ? { ...errors, comment: body } : errors;
}

interface TaskStatusFormProps {
  task: { id: string; status: TaskStatus; version: number };
  /** Loads the task again after someone else changed it; resolves to the version they saved. */
  loadLatest: () => Promise<number | null | undefined>;
  onChanged: (status: TaskStatus) => void;
}

/**
 * Moves the task on, with an optional comment saying why. Sends the version the user saw, so a change
 * someone else made meanwhile is reported (with the comment still in the box) rather than overwritten.
 */
export function TaskStatusForm({ task, loadLatest, onChanged }: TaskStatusFormProps) {
  const [status, setStatus] = useState<string>(task.status);
  const [comment, setComment] = useState('');
  /** The version the user's choice is based on; moves on only when they have been told of someone else's change. */
  const [version, setVersion] = useState(task.version);
  const submission = useFormSubmission(commentAsTheFormNamesIt);
  const [setTaskStatus] = useMutation(SetTaskStatusMutation);
  useLatestVersionOnConflict(submission.problem, loadLatest, setVersion);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(taskStatusProblems({ status, comment }, task.status), async () => {
      const { data } = await setTaskStatus({
        variables: { id: task.id, version, status: status as TaskStatus, comment: comment.trim() || null },
      });
      if (data) setVersion(data.setTaskStatus.version);
      setComment('');
      onChanged(status as TaskStatus);
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-status-heading">
      <h2 className="govuk-heading-m" id="change-status-heading">
        Change status
      </h2>
      <FormProblems
        submission={submission}
        fields={FIELDS}
        conflictHelp={<ConflictHelp latestHref={`/tasks/${task.id}`} />}
      />
      <Radios
        id={FIELDS.status}
        legend="Status"
        legendSize="s"
        small
        value={status}
        onChange={setStatus}
        options={choicesFrom(TASK_STATUSES, TASK_STATUS_LABELS)}
        error={submission.fieldErrors['status']}
      />
      <Textarea
        id={FIELDS.comment}
        label="Comment (optional)"
        labelSize="s"
        hint="What you have done or why it is blocked: it is added to the comments"
        rows={3}
        value={comment}
        onChange={setComment}
        error={submission.fieldErrors['comment']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Save status
      </Button>
    </form>
  );
}
