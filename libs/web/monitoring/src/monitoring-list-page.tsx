import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatCalendarDate, REVIEW_SCHEDULE_LABELS } from '@lantern/shared/domain';
import { LoadingPage, PageHeading, Tag, usePageTitle } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { MonitoringAlertsList } from './monitoring-alerts-list';
import { MonitoringListQuery } from './monitoring-documents';

/** The coordinator's view: new alerts for their monitorings, then every active monitoring, next review first. */
export function MonitoringListPage() {
  const { data, error, refetch } = useQuery(MonitoringListQuery, { fetchPolicy: 'cache-and-network' });
  usePageTitle('Monitoring');
  if (error && !data) return <QueryProblem error={error} what="monitoring" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="monitoring" />;
  return (
    <>
      <PageHeading>Monitoring</PageHeading>
      <h2 className="govuk-heading-m">New alerts for you</h2>
      <MonitoringAlertsList
        alerts={data.myMonitoringAlerts}
        none="No new alerts for the monitorings you coordinate."
        linkToMonitoring
      />
      <h2 className="govuk-heading-m">Under monitoring</h2>
      {data.monitorings.length === 0 && <p className="govuk-body">Nothing is under monitoring.</p>}
      <ul className="lantern-card-list">
        {data.monitorings.map((monitoring) => {
          const unseen = monitoring.alerts.filter((alert) => !alert.acknowledgedAt).length;
          return (
            <li key={monitoring.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/monitoring/${monitoring.id}`}>
                  {monitoring.premises?.name ?? 'Premises'}
                </Link>{' '}
                <span className="lantern-nowrap govuk-body-s">{monitoring.premises?.postcode}</span>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-0">
                {monitoring.reviewOverdue && <Tag colour="red">Review overdue</Tag>}{' '}
                {unseen > 0 && <Tag colour="orange">{unseen === 1 ? '1 new alert' : `${unseen} new alerts`}</Tag>} Next
                review {formatCalendarDate(monitoring.nextReviewOn)} (
                {REVIEW_SCHEDULE_LABELS[monitoring.reviewSchedule].toLowerCase()}); ends{' '}
                {formatCalendarDate(monitoring.endsOn)}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
