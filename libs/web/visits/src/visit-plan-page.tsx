import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  formatDateTimeInLondon,
  mayCoordinate,
  PREMISES_KIND_LABELS,
  RISK_LEVEL_LABELS,
  type Role,
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
import { AttendingAgencies } from './attending-agencies';
import { BriefingPackLinks } from './briefing-pack-links';
import { LawChecks } from './law-checks';
import type { PlanContext } from './plan-change';
import { VisitPlanChoicesQuery, VisitPlanDetailQuery } from './visit-plan-query';
import { VisitStatusActions } from './visit-status-actions';
import { VisitStatusTag } from './visit-status-tag';
import { londonTime } from './visit-time';
import { mayRecordVisit } from './record-visit-page';
import { VisitRecordSummary } from './visit-record-summary';
import { VisitActions } from './visit-actions';

/** Coordinators answer for anyone; agency officers for the officers of their own agency (the API decides in the end). */
function mayRespondFor(user: { role: Role; agencyId: string } | null) {
  return (agencyId: string) =>
    !!user && (mayCoordinate(user.role) || (user.role === 'AGENCY_OFFICER' && user.agencyId === agencyId));
}

/** The joint visit planner: the plan, its law checks, who attends with which powers, and its status. */
export function VisitPlanPage() {
  const { id = '' } = useParams();
  const notice = useArrivalNotice();
  const { user } = useCurrentUser();
  const mayEdit = !!user && mayCoordinate(user.role);
  const { data, error, refetch } = useQuery(VisitPlanDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const groupId = data?.visitPlan.groupId ?? '';
  const choices = useQuery(VisitPlanChoicesQuery, { variables: { groupId }, skip: !mayEdit || !groupId });
  const premisesName = data?.visitPlan.premises?.name ?? 'the premises';
  usePageTitle(data ? `Visit to ${premisesName}` : 'Visit plan');

  if (error && !data) return <QueryProblem error={error} what="visit plan" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="visit plan" />;
  const visit = data.visitPlan;
  const finished = visit.status === 'COMPLETED' || visit.status === 'CANCELLED';
  const plan: PlanContext = {
    id: visit.id,
    version: visit.version,
    finished,
    reload: async () => Promise.all([refetch(), mayEdit ? choices.refetch() : null]),
  };
  const premises = visit.premises;
  // Agencies attending the visit record what they did there; coordinators record on their behalf.
  const mayRecordAction =
    !!user &&
    !!premises &&
    visit.status !== 'CANCELLED' &&
    (mayCoordinate(user.role) || visit.agencies.some((attending) => attending.agencyId === user.agencyId));
  const endsAt = visit.endsAt ? ` to ${londonTime(visit.endsAt)}` : '';

  return (
    <>
      <BackLink to={`/groups/${visit.groupId}`}>Back to the group</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption="Joint visit">Visit to {premisesName}</PageHeading>
      <p className="govuk-body">
        <VisitStatusTag status={visit.status} />
      </p>
      {mayRecordAction && premises && (
        <ButtonLink to={`/premises/${premises.id}/actions/new?visitPlanId=${visit.id}`}>
          Record what we did<span className="govuk-visually-hidden"> at {premises.name}</span>
        </ButtonLink>
      )}
      {mayEdit && !finished && (
        <ButtonLink to={`/visits/${visit.id}/edit`} variant="secondary">
          Change details<span className="govuk-visually-hidden"> of the visit</span>
        </ButtonLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">The visit</h2>
          <SummaryList
            rows={[
              {
                key: 'Premises',
                value: premises ? (
                  <>
                    {[premises.name, premises.addressLine1, premises.addressLine2, premises.town, premises.postcode]
                      .filter(Boolean)
                      .map((line) => (
                        <span key={line} className="lantern-address-line">
                          {line}
                        </span>
                      ))}
                  </>
                ) : (
                  'Not shared with your agency: ask the coordinator for the address'
                ),
              },
              { key: 'Kind of premises', value: premises ? PREMISES_KIND_LABELS[premises.kind] : null },
              { key: 'When (London time)', value: `${formatDateTimeInLondon(visit.startsAt)}${endsAt}` },
              { key: 'Rendezvous point', value: visit.rendezvousPoint },
              { key: 'Risk to officers', value: RISK_LEVEL_LABELS[visit.riskLevel] },
              {
                key: 'Risk assessment',
                value: visit.riskAssessment ? (
                  <span className="lantern-preserve-lines">{visit.riskAssessment}</span>
                ) : null,
              },
              {
                key: 'Briefing notes',
                value: visit.briefingNotes ? (
                  <span className="lantern-preserve-lines">{visit.briefingNotes}</span>
                ) : null,
              },
              { key: 'Status', value: <VisitStatusTag status={visit.status} /> },
            ]}
          />
          {visit.record ? (
            <VisitRecordSummary record={visit.record} />
          ) : (
            visit.status !== 'CANCELLED' &&
            mayRecordVisit(
              user,
              visit.agencies.map((a) => a.agencyId),
            ) && (
              <>
                <h2 className="govuk-heading-m">What happened</h2>
                <p className="govuk-body">Once officers have been, record who came, what they saw and who they met.</p>
                <ButtonLink to={`/visits/${visit.id}/record`}>Record the visit</ButtonLink>
              </>
            )
          )}
          <VisitActions actions={visit.enforcementActions} />
          <BriefingPackLinks visitPlanId={visit.id} />
          <LawChecks plan={plan} checks={visit.warnings} mayEdit={mayEdit} />
          <AttendingAgencies
            plan={plan}
            agencies={visit.agencies}
            choices={
              choices.data ? { agencies: choices.data.visitPlanOptions.agencies, powers: choices.data.powers } : null
            }
            mayEdit={mayEdit}
            mayRespondFor={mayRespondFor(user)}
          />
          {mayEdit && (
            <VisitStatusActions
              plan={plan}
              status={visit.status}
              readyToBrief={visit.readyToBrief}
              checkKeys={visit.warnings.map((check) => check.key)}
            />
          )}
        </div>
      </div>
    </>
  );
}
