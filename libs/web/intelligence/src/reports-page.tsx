import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTimeInLondon, mayReadIntelligence } from '@lantern/shared/domain';
import {
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { QueryProblem, type InformationReportListFieldsFragment } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { InformationReportsQuery } from './intelligence-documents';
import { gradesText, ReportStatusTag } from './report-labels';

function ReportsTable({ reports, caption }: { reports: InformationReportListFieldsFragment[]; caption: string }) {
  if (!reports.length) return <p className="govuk-body">None.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Report
          </th>
          <th scope="col" className="govuk-table__header">
            About
          </th>
          <th scope="col" className="govuk-table__header">
            Grades
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reports.map((report) => (
          <tr key={report.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/reports/${report.id}`}>
                Received {formatDateTimeInLondon(String(report.receivedAt))}
              </Link>
              <br />
              <span className="lantern-secondary-text">{report.referringAgency.name}</span>
            </td>
            <td className="govuk-table__cell">
              {report.subjects
                .map(
                  (s) =>
                    s.premises?.name ??
                    s.describedName ??
                    (s.describedNicknames[0] ? `“${s.describedNicknames[0]}”` : null),
                )
                .filter(Boolean)
                .join(', ')}
            </td>
            <td className="govuk-table__cell">{gradesText(report)}</td>
            <td className="govuk-table__cell">
              <ReportStatusTag status={report.status} />
              {report.feedbackGivenAt && <div className="lantern-secondary-text">Feedback given</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Information reports: the specialist team's triage list; for everyone else, the reports they sent. */
export function ReportsPage() {
  usePageTitle('Information reports');
  const notice = useArrivalNotice();
  const reader = useRoleAllows(mayReadIntelligence);
  const { data, error, refetch } = useQuery(InformationReportsQuery, {
    variables: { mine: !reader, withTeamLists: reader },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <QueryProblem error={error} what="information reports" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="information reports" />;
  const open = data.informationReports.filter((r) => r.status === 'RECEIVED' || r.status === 'ASSESSED');
  return (
    <>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading>Information reports</PageHeading>
      <ButtonLink to="/reports/new">Submit an information report</ButtonLink>
      {reader ? (
        <>
          <h2 className="govuk-heading-m">Feedback overdue</h2>
          <ReportsTable
            reports={data.reportsAwaitingFeedback ?? []}
            caption="Reports whose referrer is owed feedback"
          />
          <h2 className="govuk-heading-m">To triage</h2>
          <ReportsTable reports={open} caption="Reports received or assessed" />
          <h2 className="govuk-heading-m">All reports</h2>
          <ReportsTable reports={data.informationReports} caption="All reports" />
        </>
      ) : (
        <>
          <h2 className="govuk-heading-m">Your reports</h2>
          <ReportsTable reports={data.informationReports} caption="Reports you sent" />
        </>
      )}
    </>
  );
}
