import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { mayCoordinate, type Role } from '@lantern/shared/domain';
import { BackLink, LoadingPage, PageHeading } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import { draftKey } from './visit-record-form-values';
import { VisitRecordForm, type LinkedPersonChoice, type OfficerChoice } from './visit-record-form';
import { RecordPlannedVisitQuery, RecordUnplannedVisitQuery, RecordVisitMutation } from './visit-record-query';

/** Coordinators record any visit; an agency officer, one their agency attends (the API decides in the end). */
export function mayRecordVisit(user: { role: Role; agencyId: string } | null, attendingAgencyIds: string[]): boolean {
  if (!user) return false;
  return mayCoordinate(user.role) || (user.role === 'AGENCY_OFFICER' && attendingAgencyIds.includes(user.agencyId));
}

function linkedPeopleOf(
  people: { role: LinkedPersonChoice['role']; person: { id: string; fullName: string } | null }[] | undefined,
): LinkedPersonChoice[] {
  return (people ?? []).flatMap((link) =>
    link.person ? [{ personId: link.person.id, fullName: link.person.fullName, role: link.role }] : [],
  );
}

/** "Record the visit" for a planned visit, at /visits/:id/record. */
export function RecordVisitPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const { data, error, refetch } = useQuery(RecordPlannedVisitQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [recordVisit] = useMutation(RecordVisitMutation);

  if (error && !data) return <QueryProblem error={error} what="visit plan" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="visit plan" />;
  const visit = data.visitPlan;
  const backHref = `/visits/${visit.id}`;
  const premisesName = visit.premises?.name ?? 'the premises';
  const heading = (
    <>
      <BackLink to={backHref}>Back to the visit plan</BackLink>
      <PageHeading caption={`Visit to ${premisesName}`}>Record the visit</PageHeading>
    </>
  );
  if (visit.record) {
    return (
      <>
        {heading}
        <p className="govuk-body">
          This visit has already been recorded. <Link to={backHref}>See what happened on the visit plan</Link>.
        </p>
      </>
    );
  }
  if (
    visit.status === 'CANCELLED' ||
    !mayRecordVisit(
      user,
      visit.agencies.map((a) => a.agencyId),
    )
  ) {
    return (
      <>
        {heading}
        <p className="govuk-body">
          {visit.status === 'CANCELLED'
            ? 'The visit was cancelled: there is nothing to record.'
            : 'Only coordinators and officers of an agency attending the visit can record it.'}
        </p>
      </>
    );
  }

  const agencyName = new Map(visit.agencies.map((a) => [a.agencyId, a.agency.name]));
  const planned: OfficerChoice[] = visit.agencies.flatMap((a) =>
    a.officers.map((o) => ({ id: o.officerId, name: o.officer.name, agencyName: agencyName.get(a.agencyId) ?? '' })),
  );
  const others: OfficerChoice[] = visit.agencies.flatMap((a) =>
    a.agency.officers
      .filter((o) => o.active && !planned.some((p) => p.id === o.id))
      .map((o) => ({ id: o.id, name: o.name, agencyName: a.agency.name })),
  );

  return (
    <>
      {heading}
      <VisitRecordForm
        draftKey={draftKey('plan', visit.id)}
        plannedOfficers={planned}
        otherOfficers={others}
        linkedPeople={linkedPeopleOf(visit.premises?.people)}
        save={async (input) => {
          await recordVisit({ variables: { input: { ...input, visitPlanId: visit.id } } });
          navigate(backHref, { state: { notice: 'The visit has been recorded' } });
        }}
      />
    </>
  );
}

/** "Record a visit" that was not planned, at /premises/:id/visits/record. */
export function RecordUnplannedVisitPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(RecordUnplannedVisitQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [recordVisit] = useMutation(RecordVisitMutation);

  if (error && !data) return <QueryProblem error={error} what="premises" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="premises" />;
  const premises = data.premises;
  const backHref = `/premises/${premises.id}`;
  const officers: OfficerChoice[] = premises.agencies.flatMap((link) =>
    link.agency.officers.filter((o) => o.active).map((o) => ({ id: o.id, name: o.name, agencyName: link.agency.name })),
  );

  return (
    <>
      <BackLink to={backHref}>{`Back to ${premises.name}`}</BackLink>
      <PageHeading caption={`Unplanned visit to ${premises.name}`}>Record a visit</PageHeading>
      <VisitRecordForm
        draftKey={draftKey('premises', premises.id)}
        plannedOfficers={[]}
        otherOfficers={officers}
        linkedPeople={linkedPeopleOf(premises.people)}
        save={async (input) => {
          const { data: saved } = await recordVisit({ variables: { input: { ...input, premisesId: premises.id } } });
          navigate(saved ? `/visit-records/${saved.recordVisit.id}` : backHref, {
            state: { notice: 'The visit has been recorded' },
          });
        }}
      />
    </>
  );
}
