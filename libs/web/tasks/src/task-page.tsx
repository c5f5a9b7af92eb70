import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatDateTimeInLondon,
  londonToday,
  mayCoordinate,
  TASK_PRIORITY_LABELS,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from '@lantern/shared/domain';
import {
  BackLink,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  SummaryList,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import { TaskComments } from './task-comments';
import { TaskDetailQuery } from './task-detail-query';
import { dueInWords } from './task-due';
import { mayWorkOnTask } from './task-permissions';
import { TaskStatusForm } from './task-status-form';
import { OverdueTag, TaskStatusTag } from './task-status-tag';

type Notice = { message: string; key: number } | null;

export function TaskPage() {
  const { id = '' } = useParams();
  const arrival = useArrivalNotice();
  const [notice, setNotice] = useState<Notice>(null);
  const { user } = useCurrentUser();
  // From the server every time: the status form sends the version shown, which must be the latest one.
  const { data, error, refetch } = useQuery(TaskDetailQuery, { variables: { id }, fetchPolicy: 'network-only' });
  usePageTitle(data?.task.title ?? 'Task');

  if (error && !data) return <QueryProblem error={error} what="task" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="task" />;
  const task = data.task;
  const mayWork = mayWorkOnTask(user, task);
  // A follow-up outside any group is changed only through its status: its owner is the agency that acted.
  const open = task.group?.stage !== 'CLOSED';
  const mayChange = user !== null && mayCoordinate(user.role) && task.group !== null && open;
  const reload = () => refetch();

  return (
    <>
      <BackLink to="/tasks">Back to my tasks</BackLink>
      {notice ? (
        <NotificationBanner
          key={notice.key}
          type="success"
          heading={notice.message}
          focusOnShow
          focusKey={notice.key}
        />
      ) : (
        arrival && <NotificationBanner type="success" heading={arrival} />
      )}
      <PageHeading caption="Task">{task.title}</PageHeading>
      <p className="govuk-body">
        {task.overdue && (
          <>
            <OverdueTag />{' '}
          </>
        )}
        <TaskStatusTag status={task.status} />
      </p>
      {mayChange && (
        <ButtonLink to={`/tasks/${task.id}/edit`} variant="secondary">
          Change task<span className="govuk-visually-hidden">: {task.title}</span>
        </ButtonLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList
            rows={[
              task.group
                ? {
                    key: 'Group',
                    value: (
                      <Link className="govuk-link" to={`/groups/${task.group.id}`}>
                        {task.group.name}
                      </Link>
                    ),
                  }
                : { key: 'Group', value: 'None: a follow-up at a premises with no open group' },
              ...(task.premises
                ? [
                    {
                      key: 'Premises',
                      value: (
                        <Link className="govuk-link" to={`/premises/${task.premises.id}`}>
                          {task.premises.name}
                        </Link>
                      ),
                    },
                  ]
                : []),
              { key: 'Agency', value: task.ownerAgency.name },
              { key: 'Officer', value: task.ownerOfficer?.name ?? 'Anyone in the agency' },
              {
                key: 'Due',
                value: task.overdue ? (
                  <strong>{dueInWords(task, londonToday())}</strong>
                ) : (
                  dueInWords(task, londonToday())
                ),
              },
              { key: 'Priority', value: TASK_PRIORITY_LABELS[task.priority] },
              { key: 'Status', value: <TaskStatusTag status={task.status} /> },
              ...(task.completedAt
                ? [
                    {
                      key: task.status === 'CANCELLED' ? 'Cancelled' : 'Done',
                      value: formatDateTimeInLondon(task.completedAt),
                    },
                  ]
                : []),
              {
                key: 'Details',
                value: task.details ? <span className="lantern-preserve-lines">{task.details}</span> : null,
              },
              { key: 'Last updated', value: formatDateTimeInLondon(task.updatedAt) },
            ]}
          />
          {!open && <p className="govuk-body">This group is closed: its tasks can no longer change.</p>}
          {mayWork && open && (
            <TaskStatusForm
              key={task.id}
              task={task}
              loadLatest={async () => (await refetch()).data?.task.version}
              onChanged={(status: TaskStatus) =>
                setNotice({ message: `The task is now ${TASK_STATUS_LABELS[status].toLowerCase()}`, key: Date.now() })
              }
            />
          )}
          <TaskComments
            taskId={task.id}
            comments={task.comments}
            mayComment={mayWork}
            onAdded={() => {
              setNotice({ message: 'Your comment has been added', key: Date.now() });
              void reload();
            }}
          />
        </div>
      </div>
    </>
  );
}
