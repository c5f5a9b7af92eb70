import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatCalendarDate } from '@lantern/shared/domain';
import { renderDocumentPdf } from '@lantern/server/visits';
import type { ReportCell } from './board-report.rules';
import type { BoardReportModel } from './board-report.types';

/** One table of the report as the exports lay it out: the same figures the dashboard shows, in the same order. */
export interface ReportSheet {
  key: string;
  title: string;
  caption: string;
  head: string[];
  /** A shown count is a number; anything hidden or not a count is the words the dashboard shows. */
  rows: (string | number)[][];
}

export const BOARD_REPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type BoardReportFormat = (typeof BOARD_REPORT_FORMATS)[number];

/** Board papers are aggregates: OFFICIAL, not OFFICIAL-SENSITIVE like the operational records. */
export const BOARD_REPORT_MARKING = 'OFFICIAL';

const cellValue = (cell: ReportCell): string | number =>
  cell.value !== null && /^[\d,]+$/.test(cell.display) ? cell.value : cell.display;

/** Every table of the report, headline figures and durations first. */
export function boardReportSheets(report: BoardReportModel): ReportSheet[] {
  return [
    {
      key: 'figures',
      title: 'Headline figures',
      caption: `${report.period.label} compared with ${report.previousPeriod.label}`,
      head: ['Figure', report.period.label, report.previousPeriod.label, 'Change'],
      rows: report.figures.map((figure) => [
        figure.label,
        cellValue(figure.current),
        cellValue(figure.previous),
        figure.changeDisplay,
      ]),
    },
    {
      key: 'durations',
      title: 'Time to act',
      caption: 'Days from the group being formed (tasking), for groups whose first visit or closure fell in the period',
      head: ['Measure', 'Groups', 'Median (days)', 'Lower quartile (days)', 'Upper quartile (days)', 'Summary'],
      rows: report.durations.map((duration) => [
        duration.label,
        cellValue(duration.count),
        duration.medianDays ?? '',
        duration.lowerQuartileDays ?? '',
        duration.upperQuartileDays ?? '',
        duration.display,
      ]),
    },
    ...report.tables.map((table) => ({
      key: table.key,
      title: table.title,
      caption: table.caption,
      head: [table.rowHeader, ...table.columns],
      rows: table.rows.map((row) => [row.label, ...row.cells.map(cellValue)]),
    })),
  ];
}

function aboutLines(report: BoardReportModel): string[] {
  return [
    `Period: ${report.period.label} (${formatCalendarDate(report.period.from)} to ${formatCalendarDate(report.period.to)})`,
    `Compared with: ${report.previousPeriod.label}`,
    `Area: ${report.areaLabel}`,
    `Counts from 1 to ${report.suppressionThreshold - 1} are shown as "fewer than ${report.suppressionThreshold}"; ` +
      'some others are "withheld" so that they cannot be worked out from a total.',
    `Produced by Lantern on ${formatCalendarDate(report.generatedAt.toISOString().slice(0, 10))}.`,
  ];
}

export function boardReportFileName(report: BoardReportModel, extension: string, sheet?: string): string {
  const area = report.area ? `-${report.area.toLowerCase()}` : '';
  return `lantern-board-report-${report.period.key}${area}${sheet ? `-${sheet}` : ''}.${extension}`;
}

/** One table as CSV (the first line its header), for a spreadsheet or another system. */
export function boardReportCsv(report: BoardReportModel, sheetKey: string): string | null {
  const sheet = boardReportSheets(report).find((s) => s.key === sheetKey);
  return sheet ? stringify([sheet.head, ...sheet.rows]) : null;
}

/** Every table as a sheet of one workbook, after a sheet saying what the report covers. */
export async function boardReportWorkbook(report: BoardReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantern';
  workbook.created = report.generatedAt;
  const about = workbook.addWorksheet('About');
  about.addRow([`Partnership board report: ${BOARD_REPORT_MARKING}`]).font = { bold: true, size: 14 };
  for (const line of aboutLines(report)) about.addRow([line]);
  about.getColumn(1).width = 110;
  for (const sheet of boardReportSheets(report)) {
    const worksheet = workbook.addWorksheet(sheet.title.slice(0, 31));
    worksheet.addRow([sheet.title]).font = { bold: true, size: 13 };
    worksheet.addRow([sheet.caption]);
    worksheet.addRow(sheet.head).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 48 : Math.max(14, Math.min(30, (sheet.head[i] ?? '').length + 2));
    });
    worksheet.views = [{ state: 'frozen', ySplit: 3 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The report for board papers: A4, the same tables, marked on every page. */
export function boardReportPdf(report: BoardReportModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const text = (value: string | number) => (typeof value === 'number' ? value.toLocaleString('en-GB') : value);
  return renderDocumentPdf(
    {
      marking: BOARD_REPORT_MARKING,
      title: 'Partnership board report',
      subtitle: `${report.period.label}, ${report.areaLabel.charAt(0).toLowerCase()}${report.areaLabel.slice(1)}`,
      sections: [
        {
          id: 'about',
          heading: 'About these figures',
          blocks: [{ kind: 'paragraphs', text: aboutLines(report).join('\n\n') }],
        },
        ...boardReportSheets(report).map((sheet) => ({
          id: sheet.key,
          heading: sheet.title,
          blocks: [
            {
              kind: 'table' as const,
              caption: sheet.caption,
              head: sheet.head,
              rows: sheet.rows.map((row) => row.map(text)),
            },
          ],
        })),
      ],
      footnote: 'Counts only: no personal data. Definitions of each figure are in Lantern’s board report guide.',
    },
    options,
  );
}
