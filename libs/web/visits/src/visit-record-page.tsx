import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  BackLink,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { VisitRecordQuery } from './visit-record-query';
import { VisitRecordSummary } from './visit-record-summary';

/** One visit record, at /visit-records/:id: reached from the premises page. */
export function VisitRecordPage() {
  const { id = '' } = useParams();
  const notice = useArrivalNotice();
  const { data, error, refetch } = useQuery(VisitRecordQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const premisesName = data?.visitRecord.premises?.name ?? 'the premises';
  usePageTitle(data ? `Visit to ${premisesName}` : 'Visit record');

  if (error && !data) return <QueryProblem error={error} what="visit record" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="visit record" />;
  const record = data.visitRecord;
  return (
    <>
      <BackLink to={`/premises/${record.premisesId}`}>{`Back to ${premisesName}`}</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption={record.visitPlanId ? 'Joint visit' : 'Unplanned visit'}>
        Visit to {premisesName}
      </PageHeading>
      {record.visitPlanId && (
        <p className="govuk-body">
          <Link to={`/visits/${record.visitPlanId}`}>See the visit plan</Link>
        </p>
      )}
      <ButtonLink to={`/visit-records/${record.id}/edit`} variant="secondary">
        Change the record<span className="govuk-visually-hidden"> of the visit</span>
      </ButtonLink>
      <VisitRecordSummary record={record} />
    </>
  );
}
