import ExcelJS from 'exceljs';
import { AuditEvent } from '@lantern/server/audit';
import { pdfText } from '@lantern/server/visits';
import { boardReportPdf, BoardReportService } from '@lantern/server/reporting';
import {
  londonToday,
  parseReportPeriod,
  previousReportPeriod,
  quarterKeyOf,
  ReportPeriod,
  TaskStatus,
} from '@lantern/shared/domain';
import { expectedHistoryFigures, DemoHistory, seedDemoHistory } from './seed/demo-history';
import { seedDemoData } from './seed/seed-demo';
import { DEMO_PASSWORD, demoAgencies } from './seed/demo-borough';
import { GraphqlClient, startTestApi, TestApi } from './testing';
import { Premises } from '@lantern/server/premises';
import { Task } from '@lantern/server/groups';

const REPORT = `query ($period: String, $area: String) {
  boardReport(period: $period, area: $area) {
    period { key label from to } previousPeriod { key } area areaLabel areas suppressionThreshold
    figures { key label current { value display suppression } previous { value display suppression } change changeDisplay }
    durations { key count { value display } medianDays lowerQuartileDays upperQuartileDays display }
    tables { key title columns rowHeader rows { label cells { value display suppression } } }
  }
}`;

interface Cell {
  value: number | null;
  display: string;
  suppression: string;
}
interface Report {
  period: ReportPeriod;
  previousPeriod: { key: string };
  area: string | null;
  areas: string[];
  suppressionThreshold: number;
  figures: {
    key: string;
    label: string;
    current: Cell;
    previous: Cell;
    change: number | null;
    changeDisplay: string;
  }[];
  durations: { key: string; count: Cell; medianDays: number | null; display: string }[];
  tables: {
    key: string;
    title: string;
    columns: string[];
    rowHeader: string;
    rows: { label: string; cells: Cell[] }[];
  }[];
}

/** What a count must look like once it leaves the server. */
const asShown = (n: number) => (n > 0 && n < 5 ? null : n);

/** The board report through GraphQL and its downloads, over the demo borough and its fictional history. */
describe('the board report', () => {
  let api: TestApi;
  let board: GraphqlClient;
  let history: DemoHistory;
  const lastQuarter = previousReportPeriod(parseReportPeriod(quarterKeyOf(londonToday())) as ReportPeriod);

  const report = async (period: string | null, area: string | null = null) =>
    (await board.ok<{ boardReport: Report }>(REPORT, { period, area })).boardReport;
  const get = (path: string, cookie: string | null = board.sessionCookie) =>
    fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(api.database.url);
    history = await seedDemoHistory(api.db);
    board = api.client();
    await board.signIn('board@lantern.example', DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  it('counts what the history holds for last quarter and the one before, suppressing small counts', async () => {
    const result = await report(lastQuarter.key);
    expect(result.period).toMatchObject({ key: lastQuarter.key, from: lastQuarter.from, to: lastQuarter.to });
    expect(result.previousPeriod.key).toBe(previousReportPeriod(lastQuarter).key);
    expect(result.area).toBeNull();
    expect(result.areas).toEqual(expect.arrayContaining(['NB1', 'NB2', 'NB3', 'NB4']));
    const expected = expectedHistoryFigures(history, lastQuarter);
    const before = expectedHistoryFigures(history, previousReportPeriod(lastQuarter));
    const figure = (key: string) => result.figures.find((f) => f.key === key)!;
    for (const key of [
      'disruptionVisits',
      'jointOperations',
      'premisesVisited',
      'noticesServed',
      'prohibitionsAndClosures',
      'arrests',
      'referrals',
      'groupsFormed',
      'groupsClosed',
      'reportsReceived',
      'reportsWithFeedback',
    ] as const) {
      expect({ key, current: figure(key).current.value }).toEqual({ key, current: asShown(expected[key]) });
      expect({ key, previous: figure(key).previous.value }).toEqual({ key, previous: asShown(before[key]) });
    }
    expect(expected.disruptionVisits).toBeGreaterThanOrEqual(5);
    expect(figure('disruptionVisits').change).toBe(expected.disruptionVisits - before.disruptionVisits);

    const byAgency = result.tables.find((t) => t.key === 'outcomesByAgency')!;
    const visitsColumn = byAgency.columns.indexOf('Disruption visits');
    for (const [key, count] of Object.entries(expected.visitsByAgency)) {
      const name = demoAgencies.find((agency) => agency.key === key)!.name;
      const cell = byAgency.rows.find((row) => row.label === name)!.cells[visitsColumn];
      if (count === 0 || count >= 5) expect({ name, value: cell.value }).toEqual({ name, value: count });
      else expect({ name, suppression: cell.suppression }).toEqual({ name, suppression: 'SMALL' });
    }
    expect(byAgency.rows.at(-1)!.label).toBe('All agencies');
  });

  it('never lets a count from 1 to 4 leave the server, and hides a lone small count behind another', async () => {
    const result = await report(lastQuarter.key, 'NB2');
    const values: number[] = [];
    for (const figure of result.figures) {
      if (figure.key !== 'feedbackShare') values.push(figure.current.value ?? 0, figure.previous.value ?? 0);
    }
    for (const table of result.tables)
      for (const row of table.rows) for (const cell of row.cells) values.push(cell.value ?? 0);
    expect(values.filter((n) => n > 0 && n < 5)).toEqual([]);
    for (const table of result.tables) {
      for (let column = 0; column < table.columns.length; column++) {
        const cells = table.rows.slice(0, -1).map((row) => row.cells[column]);
        const total = table.rows.at(-1)!.cells[column];
        const hidden = cells.filter((cell) => cell.value === null);
        // A total shown with exactly one hidden cell would give that cell away.
        if (total.value !== null)
          expect({ table: table.key, column, hidden: hidden.length }).not.toEqual({
            table: table.key,
            column,
            hidden: 1,
          });
      }
    }
  });

  it('narrows to a postcode district', async () => {
    const inNb1 = new Set(history.premises.filter((p) => p.postcode.startsWith('NB1 ')).map((p) => p.key));
    const expected = history.visits.filter(
      (visit) => inNb1.has(visit.premises) && visit.on >= lastQuarter.from && visit.on <= lastQuarter.to,
    ).length;
    const result = await report(lastQuarter.key, 'nb1');
    expect(result.area).toBe('NB1');
    expect(result.figures.find((f) => f.key === 'disruptionVisits')!.current.value).toBe(asShown(expected));
  });

  it('counts a task as overdue at the end of a period when it was done or cancelled only after it', async () => {
    const end = new Date(`${lastQuarter.to}T12:00:00Z`);
    const after = new Date(end.getTime() + 10 * 86_400_000);
    const before = new Date(end.getTime() - 10 * 86_400_000);
    const { id: premisesId } = await api.db.getRepository(Premises).save({
      name: 'Overdue Test Yard',
      addressLine1: '1 Test Row',
      town: 'Northbridge',
      postcode: 'NB9 9ZZ',
      kind: 'OTHER',
      use: 'TRADE',
    });
    const [{ id: agencyId }] = await api.db.query(`SELECT id FROM agency ORDER BY name LIMIT 1`);
    const [{ id: userId }] = await api.db.query(`SELECT id FROM user_account ORDER BY email LIMIT 1`);
    const task = async (status: TaskStatus, finished: Date | null) => {
      const { id } = await api.db.getRepository(Task).save({
        title: 'Check the yard',
        ownerAgencyId: agencyId,
        premisesId,
        dueOn: lastQuarter.from,
        status,
        completedAt: finished,
        createdByUserId: userId,
      });
      await api.db.query(`UPDATE task SET created_at = $2 WHERE id = $1`, [id, `${lastQuarter.from}T09:00:00Z`]);
    };
    for (let i = 0; i < 3; i += 1) await task('CANCELLED', after); // overdue at the end, cancelled later
    for (let i = 0; i < 2; i += 1) await task('DONE', after); // overdue at the end, done later
    await task('OPEN', null); // still overdue
    await task('CANCELLED', before); // cancelled in time: not overdue
    await task('DONE', before); // done in time: not overdue
    const result = await report(lastQuarter.key, 'NB9');
    expect(result.figures.find((f) => f.key === 'tasksOverdue')!.current.value).toBe(6);
  });

  it('refuses a period or area it cannot report on, with a message saying why', async () => {
    const bad = await board.request(REPORT, { period: 'last quarter', area: 'NB1 2AB' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fieldErrors?.map((e) => e.field)).toEqual(['period', 'area']);
    const future = await board.request(REPORT, { period: String(Number(londonToday().slice(0, 4)) + 1) });
    expect(future.errors?.[0].message).toBe('The period has not started yet: choose one up to today');
  });

  it('downloads CSV, a workbook and a PDF with the same figures, and records each download', async () => {
    const result = await report(lastQuarter.key);
    const visits = result.figures.find((f) => f.key === 'disruptionVisits')!;

    const csv = await get(`/reports/board.csv?period=${lastQuarter.key}&table=figures`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="lantern-board-report-${lastQuarter.key}-figures.csv"`,
    );
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe(`Figure,${lastQuarter.label},${previousReportPeriod(lastQuarter).label},Change`);
    const shown = (cell: Cell) => cell.value ?? cell.display;
    expect(lines).toContain(
      `Disruption visits,${shown(visits.current)},${shown(visits.previous)},${visits.changeDisplay}`,
    );

    const xlsx = await get(`/reports/board.xlsx?period=${lastQuarter.key}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'Headline figures',
      'Time to act',
      ...result.tables.map((table) => table.title),
    ]);
    const sheet = workbook.getWorksheet('Headline figures')!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Disruption visits')!;
    expect(row.getCell(2).value).toBe(visits.current.value ?? visits.current.display);

    const pdf = await get(`/reports/board.pdf?period=${lastQuarter.key}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const audit = await api.db.getRepository(AuditEvent).find({ where: { entityType: 'board_report' } });
    expect(audit.map((event) => [event.action, event.details['format']])).toEqual([
      ['DISCLOSURE', 'csv'],
      ['DISCLOSURE', 'xlsx'],
      ['DISCLOSURE', 'pdf'],
    ]);
  });

  it('writes a PDF that reads like the dashboard', async () => {
    const result = await api.app.get(BoardReportService).report(lastQuarter.key, null);
    const text = pdfText(await boardReportPdf(result, { compress: false })).join(' ');
    expect(text).toContain('Partnership board report');
    expect(text).toContain(`Counts from 1 to 4 are shown as "fewer than 5"`);
    expect(text).toContain('Disruption visits');
  });

  it('keeps the downloads from agency officers and from anyone signed out', async () => {
    const officer = api.client();
    await officer.signIn('fire.officer@lantern.example', DEMO_PASSWORD);
    expect((await get(`/reports/board.pdf`, officer.sessionCookie)).status).toBe(403);
    expect((await get(`/reports/board.pdf`, null)).status).toBe(401);
    expect((await get(`/reports/board.csv?table=nothing`)).status).toBe(404);
    const bad = await get(`/reports/board.xlsx?period=nonsense`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
  });
});
