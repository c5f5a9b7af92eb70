import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatCalendarDate,
  formatDateTimeInLondon,
  mayCoordinate,
  mayReadIntelligence,
  REVIEW_SCHEDULE_LABELS,
} from '@lantern/shared/domain';
import {
  BackLink,
  ButtonLink,
  Details,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  SummaryList,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { sectionNotice, SectionNoticeBanner, type SectionNotice } from '@lantern/web/premises';
import { GroupDetailQuery } from './group-queries';
import { GroupMembers } from './group-members';
import { GroupPremises } from './group-premises';
import { GroupStageForm } from './group-stage-form';
import { GroupStageTag } from './group-stage-tag';
import { GroupTimeline } from './group-timeline';
import { GroupTasks } from '@lantern/web/tasks';
import { GroupVisits } from '@lantern/web/visits';

/** A task and finish group: what it is for, where it stands, who is in it, what it targets and what happened. */
export function GroupPage() {
  const { id = '' } = useParams();
  const arrival = useArrivalNotice();
  const mayEdit = useRoleAllows(mayCoordinate);
  const readsIntelligence = useRoleAllows(mayReadIntelligence);
  const [notice, setNotice] = useState<SectionNotice>(null);
  const { data, error, refetch } = useQuery(GroupDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.group.name ?? 'Task and finish group');

  if (error && !data) return <QueryProblem error={error} what="group" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="group" />;
  const group = data.group;
  const changed = (next: SectionNotice) => {
    setNotice(next);
    void refetch();
  };
  const open = group.stage !== 'CLOSED';

  return (
    <>
      <BackLink to="/groups">Back to groups</BackLink>
      {arrival && !notice && <NotificationBanner type="success" heading={arrival} />}
      <SectionNoticeBanner notice={notice} />
      <PageHeading caption="Task and finish group">{group.name}</PageHeading>
      <p className="govuk-body">
        <GroupStageTag stage={group.stage} />
      </p>
      {mayEdit && open && (
        <ButtonLink to={`/groups/${group.id}/edit`} variant="secondary">
          Change details<span className="govuk-visually-hidden"> of {group.name}</span>
        </ButtonLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Objective', value: <span className="lantern-preserve-lines">{group.objective}</span> },
              { key: 'Lead agency', value: group.leadAgency.name },
              { key: 'Coordinator', value: group.coordinator.displayName },
              {
                key: 'Terms of reference',
                value: group.termsOfReference ? (
                  <span className="lantern-preserve-lines">{group.termsOfReference}</span>
                ) : null,
              },
              ...(group.closureSummary
                ? [
                    {
                      key: 'Closure summary',
                      value: <span className="lantern-preserve-lines">{group.closureSummary}</span>,
                    },
                  ]
                : []),
              ...(group.reviewSchedule
                ? [
                    { key: 'Monitoring reviewed', value: REVIEW_SCHEDULE_LABELS[group.reviewSchedule] },
                    { key: 'Monitoring ends', value: formatCalendarDate(group.monitoringEndsOn) },
                  ]
                : []),
              { key: 'Formed', value: formatDateTimeInLondon(group.createdAt) },
              ...(group.formedAtMeeting
                ? [
                    {
                      key: 'Formed by',
                      value: readsIntelligence ? (
                        <Link className="govuk-link" to={`/meetings/${group.formedAtMeeting.meetingId}`}>
                          The weekly intelligence meeting of {formatCalendarDate(group.formedAtMeeting.heldOn)}
                        </Link>
                      ) : (
                        `The weekly intelligence meeting of ${formatCalendarDate(group.formedAtMeeting.heldOn)}`
                      ),
                    },
                  ]
                : []),
              ...(group.closedAt ? [{ key: 'Closed', value: formatDateTimeInLondon(group.closedAt) }] : []),
            ]}
          />
          {mayEdit && group.nextStages.length > 0 && (
            <Details summary="Move the group on">
              <GroupStageForm
                key={group.version}
                groupId={group.id}
                version={group.version}
                stage={group.stage}
                nextStages={group.nextStages}
                closureSummary={group.closureSummary ?? null}
                onMoved={(message) => changed(sectionNotice('success', message))}
              />
            </Details>
          )}
        </div>
      </div>
      <GroupPremises
        groupId={group.id}
        version={group.version}
        premises={group.premises}
        mayEdit={mayEdit && open}
        onChanged={changed}
        notice={sectionNotice}
      />
      <GroupMembers
        groupId={group.id}
        version={group.version}
        leadAgencyId={group.leadAgency.id}
        agencies={group.agencies}
        officers={group.officers}
        mayEdit={mayEdit && open}
        onChanged={changed}
        notice={sectionNotice}
      />
      <GroupTasks
        groupId={group.id}
        stage={group.stage}
        tasks={group.tasks}
        agencies={group.agencies}
        mayEdit={mayEdit}
        onChanged={() => refetch()}
      />
      <GroupVisits groupId={group.id} visits={group.visits} mayPlan={mayEdit && open} />
      <GroupTimeline events={group.timeline} />
    </>
  );
}
