import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDateTimeInLondon } from '@lantern/shared/domain';
import { Button, Textarea } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission, type TaskCommentItemFragment } from '@lantern/web/graphql';
import { commentProblems } from './task-status-values';

const CommentOnTaskMutation = graphql(`
  mutation CommentOnTask($taskId: ID!, $body: String!) {
    commentOnTask(taskId: $taskId, body: $body) {
      ...TaskCommentItem
    }
  }
`);

const FIELDS = { body: 'comment-body' };

function AddCommentForm({ taskId, onAdded }: { taskId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const submission = useFormSubmission();
  const [commentOnTask] = useMutation(CommentOnTaskMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(commentProblems(body), async () => {
      await commentOnTask({ variables: { taskId, body: body.trim() } });
      setBody('');
      onAdded();
    });
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add a comment">
      <FormProblems submission={submission} fields={FIELDS} />
      <Textarea
        id={FIELDS.body}
        label="Add a comment"
        labelSize="s"
        rows={3}
        value={body}
        onChange={setBody}
        error={submission.fieldErrors['body']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Add comment
      </Button>
    </form>
  );
}

interface TaskCommentsProps {
  taskId: string;
  comments: readonly TaskCommentItemFragment[];
  /** Officers of the owning agency and coordinators: show the form to add one. */
  mayComment: boolean;
  onAdded: () => void;
}

/** What the people working on the task have said about it, oldest first, and a form to add to it. */
export function TaskComments({ taskId, comments, mayComment, onAdded }: TaskCommentsProps) {
  return (
    <section aria-labelledby="comments-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {comments.length === 0 ? (
        <p className="govuk-body">No comments yet.</p>
      ) : (
        <ol className="lantern-card-list">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <strong>{comment.author?.displayName ?? 'Unknown author'}</strong>{' '}
                <span className="lantern-secondary-text">
                  <time dateTime={comment.createdAt}>{formatDateTimeInLondon(comment.createdAt)}</time>
                </span>
              </p>
              <p className="govuk-body govuk-!-margin-bottom-0 lantern-preserve-lines">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment && <AddCommentForm taskId={taskId} onAdded={onAdded} />}
    </section>
  );
}
