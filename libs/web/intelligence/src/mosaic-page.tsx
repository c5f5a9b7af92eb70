import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { formatDateTimeInLondon, REPORT_SUBJECT_KIND_LABELS } from '@lantern/shared/domain';
import { BackLink, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { MosaicQuery } from './intelligence-documents';
import { gradesText, ReportStatusTag } from './report-labels';

/** The mosaic of a premises or a person: every report about it, with its grades, over time, and what they link to. */
export function MosaicPage({ of }: { of: 'premises' | 'person' }) {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MosaicQuery, {
    variables: {
      premisesId: of === 'premises' ? id : null,
      personId: of === 'person' ? id : null,
      forPremises: of === 'premises',
      premisesKey: id,
    },
  });
  const name = data?.premises?.name ?? '';
  usePageTitle(`Mosaic${name ? ` of ${name}` : ''}`);
  if (error && !data) return <QueryProblem error={error} what="mosaic" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="mosaic" />;
  const { reports, links } = data.mosaic;
  return (
    <>
      <BackLink to={of === 'premises' ? `/premises/${id}` : '/reports'}>
        {of === 'premises' ? 'Back to the premises' : 'Back to information reports'}
      </BackLink>
      <PageHeading caption={data.premises?.name ?? 'A person'}>The mosaic</PageHeading>
      <h2 className="govuk-heading-m">Reports over time ({reports.length})</h2>
      {reports.length === 0 ? (
        <p className="govuk-body">No information reports yet.</p>
      ) : (
        <ol className="govuk-list lantern-card-list">
          {reports.map((r) => (
            <li key={r.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/reports/${r.id}`}>
                  {formatDateTimeInLondon(String(r.becameAwareAt))}
                </Link>{' '}
                <ReportStatusTag status={r.status} />
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                Grades {gradesText(r)} · {r.referringAgency.name}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-0">{r.details}</p>
            </li>
          ))}
        </ol>
      )}
      <h2 className="govuk-heading-m">Linked through the reports</h2>
      {links.length === 0 ? (
        <p className="govuk-body">Nothing else is linked yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Premises, people, vehicles and businesses linked through the reports
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                Kind
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Reports
              </th>
              <th scope="col" className="govuk-table__header">
                Last reported
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {links.map((link) => (
              <tr key={`${link.kind}:${link.id}`} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {link.premises && (
                    <Link className="govuk-link" to={`/premises/${link.premises.id}/mosaic`}>
                      {link.premises.name}
                    </Link>
                  )}
                  {link.person && (
                    <Link className="govuk-link" to={`/people/${link.person.id}/mosaic`}>
                      {link.person.fullName}
                    </Link>
                  )}
                  {link.vehicle?.registration}
                  {link.business?.name}
                </td>
                <td className="govuk-table__cell">{REPORT_SUBJECT_KIND_LABELS[link.kind]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{link.reportCount}</td>
                <td className="govuk-table__cell">{formatDateTimeInLondon(String(link.lastReportedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
