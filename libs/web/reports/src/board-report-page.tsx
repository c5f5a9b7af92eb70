import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { londonToday, recentReportPeriods } from '@lantern/shared/domain';
import { Button, LoadingPage, PageHeading, Select, Table, usePageTitle } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import type { BoardReportQuery as BoardReportData } from '@lantern/web/graphql';
import { BoardReportQuery } from './board-report-documents';

type Report = BoardReportData['boardReport'];

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** GOV.UK colours that stay apart for most kinds of colour blindness, in order. */
const COLOURS = ['#1d70b8', '#f47738', '#00703c', '#912b88', '#505a5f', '#d4351c', '#28a197'];

/** The URL of a download with the filters on screen: the files come from the same report as this page. */
function downloadUrl(format: 'csv' | 'xlsx' | 'pdf', report: Report, table?: string) {
  const params = new URLSearchParams({ period: report.period.key });
  if (report.area) params.set('area', report.area);
  if (table) params.set('table', table);
  return `/reports/board.${format}?${params.toString()}`;
}

/** The filters, kept in the URL (`?period=2026-Q3&area=NB1`) so that a view can be shared. */
function Filters({ report }: { report: Report }) {
  const [, setParams] = useSearchParams();
  const [period, setPeriod] = useState(report.period.key);
  const [area, setArea] = useState(report.area ?? '');
  const periods = recentReportPeriods(londonToday());
  const options = periods.some((p) => p.key === report.period.key)
    ? periods
    : [{ key: report.period.key, label: report.period.label }, ...periods];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(area ? { period, area } : { period });
  };
  return (
    <form onSubmit={submit} className="lantern-report-filters" aria-label="Choose the period and area">
      <Select
        id="period"
        label="Period"
        value={period}
        onChange={setPeriod}
        options={options.map((p) => ({ value: p.key, text: p.label }))}
      />
      <Select
        id="area"
        label="Area"
        value={area}
        onChange={setArea}
        emptyOption="The whole borough"
        options={report.areas.map((district) => ({ value: district, text: `Postcode district ${district}` }))}
      />
      <Button type="submit">Show the report</Button>
    </form>
  );
}

/** A chart for sighted users; the table after it carries the same figures for everyone. */
function Chart({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="lantern-report-chart govuk-!-margin-0 govuk-!-margin-bottom-4">
      <figcaption className="govuk-body-s">{title} (chart; the table below gives the same figures)</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={320}>
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function HeadlineChart({ report }: { report: Report }) {
  const data = report.figures
    .filter((figure) => figure.section === 'Visits' || figure.section === 'Enforcement')
    .map((figure) => ({
      name: figure.label,
      [report.period.label]: figure.current.value ?? 0,
      [report.previousPeriod.label]: figure.previous.value ?? 0,
    }));
  return (
    <Chart title={`Visits and enforcement: ${report.period.label} and ${report.previousPeriod.label}`}>
      <BarChart data={data} accessibilityLayer={false} margin={{ bottom: 80 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" angle={-35} textAnchor="end" interval={0} height={90} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend verticalAlign="top" />
        <Bar dataKey={report.period.label} fill={COLOURS[0]} />
        <Bar dataKey={report.previousPeriod.label} fill={COLOURS[1]} />
      </BarChart>
    </Chart>
  );
}

function AgencyChart({ report }: { report: Report }) {
  const table = report.tables.find((t) => t.key === 'outcomesByAgency');
  if (!table) return null;
  const measures = table.columns.slice(3); // the enforcement outcomes, after the three visit measures
  const data = table.rows.slice(0, -1).map((row) => ({
    name: row.label.replace(/^.* – /, ''),
    ...Object.fromEntries(measures.map((measure, i) => [measure, row.cells[i + 3].value ?? 0])),
  }));
  return (
    <Chart title="Enforcement outcomes by agency">
      <BarChart data={data} accessibilityLayer={false} layout="vertical" margin={{ left: 40 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={200} interval={0} />
        <Tooltip />
        <Legend />
        {measures.map((measure, i) => (
          <Bar key={measure} dataKey={measure} stackId="outcomes" fill={COLOURS[i % COLOURS.length]} />
        ))}
      </BarChart>
    </Chart>
  );
}

/** The partnership board's outcomes report: counts only, small counts suppressed, with the period before. */
export function BoardReportPage() {
  usePageTitle('Board report');
  const [params] = useSearchParams();
  const variables = { period: params.get('period') || null, area: params.get('area') || null };
  const { data, previousData, error, refetch, loading } = useQuery(BoardReportQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const report = (data ?? previousData)?.boardReport;
  if (error && !report) return <QueryProblem error={error} what="the board report" onRetry={() => void refetch()} />;
  if (!report) return <LoadingPage what="the board report" />;
  const figureRows = report.figures.map((figure) => ({
    key: figure.key,
    cells: [figure.label, figure.current.display, figure.previous.display, figure.changeDisplay],
  }));
  return (
    <>
      <PageHeading caption="Partnership board">Outcomes report</PageHeading>
      <Filters key={`${report.period.key}-${report.area ?? ''}`} report={report} />
      <div aria-live="polite" aria-busy={loading}>
        <p className="govuk-body-l" data-testid="report-scope">
          {report.period.label}, {lowerFirst(report.areaLabel)}, compared with {report.previousPeriod.label}.
        </p>
      </div>
      <div className="govuk-inset-text">
        Counts from 1 to {report.suppressionThreshold - 1} are shown as “fewer than {report.suppressionThreshold}”, and
        a few others as “withheld”, so that no one can be identified from them. Figures “at the end of the period” are
        as they stood on that day, or today for a period still running.
      </div>
      <p className="govuk-body">
        Download for board papers:{' '}
        <a className="govuk-link" href={downloadUrl('xlsx', report)} download>
          Excel workbook of every table
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={downloadUrl('pdf', report)} download>
          PDF report
        </a>
        .
      </p>

      <h2 className="govuk-heading-l">Headline figures</h2>
      <HeadlineChart report={report} />
      <Table
        caption="Headline figures"
        captionSize="m"
        columns={[
          { text: 'Figure' },
          { text: report.period.label, numeric: true },
          { text: report.previousPeriod.label, numeric: true },
          { text: 'Change', numeric: true },
        ]}
        rows={figureRows}
        firstCellIsHeader
      />
      <p className="govuk-body">
        <a className="govuk-link" href={downloadUrl('csv', report, 'figures')} download>
          Headline figures as CSV
        </a>
      </p>

      <h2 className="govuk-heading-l">Time to act</h2>
      <Table
        caption="Days from the group being formed, for groups whose first visit or closure fell in the period"
        captionSize="s"
        columns={[
          { text: 'Measure' },
          { text: 'Groups', numeric: true },
          { text: 'Median and middle half' },
          { text: `Median in ${report.previousPeriod.label}`, numeric: true },
        ]}
        rows={report.durations.map((duration) => ({
          key: duration.key,
          cells: [
            duration.label,
            duration.count.display,
            duration.display,
            duration.previousMedianDays === null ? 'not shown' : `${duration.previousMedianDays} days`,
          ],
        }))}
        firstCellIsHeader
      />

      {report.tables.map((table) => (
        <section key={table.key} aria-labelledby={`table-${table.key}`}>
          <h2 className="govuk-heading-l" id={`table-${table.key}`}>
            {table.title}
          </h2>
          {table.key === 'outcomesByAgency' && <AgencyChart report={report} />}
          <Table
            caption={table.caption}
            captionSize="s"
            columns={[{ text: table.rowHeader }, ...table.columns.map((text) => ({ text, numeric: true }))]}
            rows={table.rows.map((row) => ({
              key: row.label,
              cells: [row.label, ...row.cells.map((cell) => cell.display)],
            }))}
            firstCellIsHeader
          />
          <p className="govuk-body">
            <a className="govuk-link" href={downloadUrl('csv', report, table.key)} download>
              {table.title} as CSV
            </a>
          </p>
        </section>
      ))}
    </>
  );
}
