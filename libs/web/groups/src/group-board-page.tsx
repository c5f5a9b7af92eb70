import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import {
  formatDateTimeInLondon,
  GROUP_STAGE_LABELS,
  GROUP_STAGES,
  mayCoordinate,
  type GroupStage,
} from '@lantern/shared/domain';
import { ButtonLink, LoadingMessage, PageHeading, Tag, usePageTitle } from '@lantern/web/ui';
import { QueryProblem, type GroupBoardQuery as GroupBoardData } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { GroupBoardQuery } from './group-queries';

type BoardGroup = GroupBoardData['groupBoard']['items'][number];

const RUNNING: GroupStage[] = GROUP_STAGES.filter((stage) => stage !== 'CLOSED');
/** The board shows running groups; closed ones are a click away. */
const BOARD_SIZE = 100;

function GroupCard({ group }: { group: BoardGroup }) {
  return (
    <li className="lantern-board__card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={`/groups/${group.id}`}>
          {group.name}
        </Link>
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {group.premises.map((premises) => `${premises.name} (${premises.postcode})`).join('; ')}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Led by {group.leadAgency.name}; coordinated by {group.coordinator.displayName}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        {group.taskCounts.open} open task{group.taskCounts.open === 1 ? '' : 's'}
        {group.taskCounts.overdue > 0 && (
          <>
            {' '}
            <Tag colour="red">{group.taskCounts.overdue} overdue</Tag>
          </>
        )}
      </p>
      <p className="govuk-body-s lantern-secondary-text govuk-!-margin-bottom-0">
        Last changed {formatDateTimeInLondon(group.updatedAt)}
      </p>
    </li>
  );
}

/** Task and finish groups by lifecycle stage: the coordinator's view of everything in hand. */
export function GroupBoardPage() {
  const [params] = useSearchParams();
  const showClosed = params.get('stage') === 'CLOSED';
  const stages: GroupStage[] = showClosed ? ['CLOSED'] : RUNNING;
  const mayForm = useRoleAllows(mayCoordinate);
  usePageTitle(showClosed ? 'Closed groups' : 'Task and finish groups');
  const { data, error, refetch } = useQuery(GroupBoardQuery, {
    variables: { filter: { stages }, pageSize: BOARD_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeading>{showClosed ? 'Closed groups' : 'Task and finish groups'}</PageHeading>
      {mayForm && !showClosed && (
        <p className="govuk-body">
          To form a group, open the premises it is for and choose ‘Form a task and finish group’.
        </p>
      )}
      <p className="govuk-body">
        {showClosed ? (
          <Link className="govuk-link" to="/groups">
            Back to running groups
          </Link>
        ) : (
          <Link className="govuk-link" to="/groups?stage=CLOSED">
            See closed groups
          </Link>
        )}
      </p>
      {error && !data && <QueryProblem error={error} what="groups" onRetry={() => void refetch()} />}
      {!data && !error && <LoadingMessage what="groups" />}
      {data && data.groupBoard.total > BOARD_SIZE && (
        <p className="govuk-body">
          Showing the {BOARD_SIZE} most recently changed of {data.groupBoard.total} groups.
        </p>
      )}
      {data && (
        <div className="lantern-board">
          {stages.map((stage) => {
            const groups = data.groupBoard.items.filter((group) => group.stage === stage);
            return (
              <section key={stage} className="lantern-board__column" aria-labelledby={`stage-${stage}`}>
                <h2 className="govuk-heading-m" id={`stage-${stage}`}>
                  {GROUP_STAGE_LABELS[stage]} <span className="lantern-secondary-text">({groups.length})</span>
                </h2>
                {groups.length === 0 ? (
                  <p className="govuk-body-s lantern-secondary-text">No groups</p>
                ) : (
                  <ul className="lantern-board__cards">
                    {groups.map((group) => (
                      <GroupCard key={group.id} group={group} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      {mayForm && !showClosed && (
        <ButtonLink to="/premises" variant="secondary">
          Find a premises to form a group for
        </ButtonLink>
      )}
    </>
  );
}
