import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { LoadingMessage, PageHeading, usePageTitle } from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { myTasksCount, myTasksHref, myTasksViewFrom } from './my-tasks-view';
import { MyVisits } from '@lantern/web/visits';
import { TaskCardList } from './task-card-list';

const MyTasksQuery = graphql(`
  query MyTasks($includeFinished: Boolean!) {
    myTasks(includeFinished: $includeFinished) {
      ...TaskSummary
    }
  }
`);

/** The tasks given to the signed-in user by name, or to their agency without a named officer. */
export function MyTasksPage() {
  const [params] = useSearchParams();
  const view = myTasksViewFrom(params);
  usePageTitle('My tasks');
  const { data, previousData, loading, error, refetch } = useQuery(MyTasksQuery, {
    variables: { includeFinished: view.includeFinished },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = (data ?? previousData)?.myTasks;

  if (error && !tasks) return <QueryProblem error={error} what="tasks" onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeading>My tasks</PageHeading>
      <MyVisits />
      <h2 className="govuk-heading-m">Tasks</h2>
      <p className="govuk-body">Tasks given to you by name, and to your agency without a named officer.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={myTasksHref({ includeFinished: !view.includeFinished })}>
          {view.includeFinished ? 'Hide finished tasks' : 'Show finished tasks'}
        </Link>
      </p>
      {!tasks && loading && <LoadingMessage what="your tasks" />}
      {tasks && (
        <>
          <p className="govuk-body" role="status">
            {myTasksCount(tasks, view)}
          </p>
          {tasks.length === 0 ? (
            <p className="govuk-body">
              When a task and finish group gives you or your agency a task, it will appear here.
            </p>
          ) : (
            <TaskCardList tasks={tasks} headingLevel={3} showGroup />
          )}
        </>
      )}
    </>
  );
}
