import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { AddTaskForm } from './add-task-form';

const GroupForNewTaskQuery = graphql(`
  query GroupForNewTask($id: ID!) {
    group(id: $id) {
      name
      ...TaskOwnerChoices
    }
  }
`);

/** Adding a task to a group on a page of its own: easier on a phone than the form inside the group's page. */
export function NewTaskPage() {
  const { groupId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(GroupForNewTaskQuery, { variables: { id: groupId } });
  usePageTitle('Add a task');

  if (error && !data) return <QueryProblem error={error} what="group" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="group" />;
  const group = data.group;
  const back = `/groups/${group.id}`;

  return (
    <>
      <BackLink to={back}>Back to group</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {group.stage === 'CLOSED' ? (
            <>
              <PageHeading caption={group.name}>Add a task</PageHeading>
              <p className="govuk-body">This group is closed: it can no longer be given tasks.</p>
            </>
          ) : (
            <AddTaskForm
              groupId={group.id}
              agencies={group.agencies}
              heading={<PageHeading caption={group.name}>Add a task</PageHeading>}
              onAdded={(task) => navigate(`/tasks/${task.id}`, { state: { notice: `Task added: ${task.title}` } })}
              cancel={
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              }
            />
          )}
        </div>
      </div>
    </>
  );
}
