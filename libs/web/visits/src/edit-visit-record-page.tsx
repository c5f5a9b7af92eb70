import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, LoadingPage, PageHeading } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { draftKey, otherEligibleOfficers, visitRecordFormFrom } from './visit-record-form-values';
import { VisitRecordForm, type OfficerChoice } from './visit-record-form';
import { UpdateVisitRecordMutation, VisitRecordToEditQuery } from './visit-record-query';

/**
 * "Change the visit record", at /visit-records/:id/edit: times, who attended (the officers on the record and the
 * other officers of the agencies that could attend),
 * the checklist and notes. The version it was opened at is sent, so a change made meanwhile is a conflict, and what
 * was typed stays.
 */
export function EditVisitRecordPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(VisitRecordToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [update] = useMutation(UpdateVisitRecordMutation);

  if (error && !data) return <QueryProblem error={error} what="visit record" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="visit record" />;
  const record = data.visitRecord;
  const back = `/visit-records/${record.id}`;
  const choice = (a: (typeof record.attendees)[number]): OfficerChoice => ({
    id: a.officerId,
    name: a.officer?.name ?? 'An officer',
    agencyName: a.agency.name,
  });
  const onRecord = record.attendees.map(choice);
  const agencies = (record.visitPlan?.agencies ?? record.premises?.agencies ?? []).map((link) => link.agency);
  return (
    <>
      <BackLink to={back}>Back to the visit record</BackLink>
      <PageHeading caption={`Visit to ${record.premises?.name ?? 'the premises'}`}>Change the visit record</PageHeading>
      <VisitRecordForm
        draftKey={draftKey('record', record.id)}
        plannedOfficers={record.attendees.filter((a) => a.planned).map(choice)}
        otherOfficers={[
          ...record.attendees.filter((a) => !a.planned).map(choice),
          ...otherEligibleOfficers(onRecord, agencies),
        ]}
        linkedPeople={[]}
        saved={visitRecordFormFrom(record)}
        save={async ({ people: _people, ...input }) => {
          await update({ variables: { id: record.id, version: record.version, input } });
          navigate(back, { state: { notice: 'The visit record has been changed' } });
        }}
      />
    </>
  );
}
