import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { londonToday } from '@lantern/shared/domain';
import { BackLink, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import {
  ConflictHelp,
  FormProblems,
  graphql,
  QueryProblem,
  useFormSubmission,
  useLatestVersionOnConflict,
} from '@lantern/web/graphql';
import { TaskForm } from './task-form';
import {
  TASK_FORM_FIELDS,
  taskFormFrom,
  taskFormProblems,
  taskInputFrom,
  type TaskFormValues,
} from './task-form-values';

const TaskToEditQuery = graphql(`
  query TaskToEdit($id: ID!) {
    task(id: $id) {
      id
      title
      details
      dueOn
      priority
      version
      ownerAgency {
        id
      }
      ownerOfficer {
        id
      }
      group {
        name
        ...TaskOwnerChoices
      }
    }
  }
`);

const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {
    updateTask(id: $id, version: $version, input: $input) {
      ...TaskSummary
      details
      updatedAt
      version
    }
  }
`);

export function EditTaskPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(TaskToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<TaskFormValues | null>(null);
  /** The version the user's changes are based on; moves on only when they have been told of someone else's edit. */
  const [version, setVersion] = useState<number | null>(null);
  /** The due date as saved: it may stay in the past. */
  const [savedDueOn, setSavedDueOn] = useState<string | null>(null);
  const submission = useFormSubmission();
  const [updateTask] = useMutation(UpdateTaskMutation);
  usePageTitle(data ? `Change ${data.task.title}` : 'Change task', submission.hasErrors);

  // Fill the form once, from the saved task; later fetches never overwrite what the user has typed.
  useEffect(() => {
    if (data && values === null) {
      setValues(taskFormFrom(data.task));
      setVersion(data.task.version);
      setSavedDueOn(data.task.dueOn);
    }
  }, [data, values]);

  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.task.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="task" onRetry={() => void refetch()} />;
  if (!data || !values || version === null) return <LoadingPage what="task" />;
  const group = data.task.group;
  if (!group)
    return (
      <>
        <BackLink to={`/tasks/${id}`}>Back to task</BackLink>
        <PageHeading>Change task</PageHeading>
        <p className="govuk-body">
          This task is a follow-up at a premises with no open group: it has no group members to give it to. Move it on
          from its own page.
        </p>
      </>
    );

  const save = () =>
    submission.submit(taskFormProblems(values, londonToday(), savedDueOn), async () => {
      await updateTask({ variables: { id, version, input: taskInputFrom(values) } });
      navigate(`/tasks/${id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/tasks/${id}`}>Back to task</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={TASK_FORM_FIELDS}
            conflictHelp={<ConflictHelp latestHref={`/tasks/${id}`} />}
          />
          <PageHeading caption={group.name}>Change task</PageHeading>
          <TaskForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            agencies={group.agencies}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancel={
              <Link className="govuk-link" to={`/tasks/${id}`}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}
