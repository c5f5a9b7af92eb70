import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { expectedHistoryFigures, seedDemoHistory, type DemoHistory } from '@lantern/server/app';
import {
  londonToday,
  parseReportPeriod,
  previousReportPeriod,
  quarterKeyOf,
  type ReportPeriod,
} from '@lantern/shared/domain';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

/** What a count looks like on screen: small ones suppressed. */
const onScreen = (n: number) => (n > 0 && n < 5 ? 'fewer than 5' : n.toLocaleString('en-GB'));

/**
 * The board member opens the outcomes report for last quarter over the demo borough's fictional history, checks
 * its figures against what the seed wrote, narrows it to a district (kept in the URL) and downloads the workbook.
 */
describe('the board report in the browser', () => {
  let api: TestApi;
  let browser: Browser;
  let history: DemoHistory;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
    history = await seedDemoHistory(api.db);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows last quarter’s figures as the seed has them, filters by area in the URL and downloads', async () => {
    const quarter = previousReportPeriod(parseReportPeriod(quarterKeyOf(londonToday())) as ReportPeriod);
    const expected = expectedHistoryFigures(history, quarter);
    const before = expectedHistoryFigures(history, previousReportPeriod(quarter));
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, api.url, 'board@lantern.example');
    await page.getByRole('link', { name: 'Board report' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Outcomes report/ }).waitFor();
    await page.getByLabel('Period', { exact: true }).selectOption(quarter.key);
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.waitForURL(`**/board-report?period=${quarter.key}`);
    await page.getByText(`${quarter.label}, the whole borough`).waitFor();

    const headline = page.getByRole('table', { name: 'Headline figures' });
    const row = (label: string) => headline.getByRole('row', { name: new RegExp(`^${label} `) });
    for (const [label, key] of [
      ['Disruption visits', 'disruptionVisits'],
      ['Joint operations', 'jointOperations'],
      ['Enforcement notices served', 'noticesServed'],
      ['Information reports received', 'reportsReceived'],
    ] as const) {
      const cells = await row(label).getByRole('cell').allInnerTexts();
      expect({ label, cells: cells.slice(0, 2) }).toEqual({
        label,
        cells: [onScreen(expected[key]), onScreen(before[key])],
      });
    }
    await expectNoAxeViolations(page);

    await page.getByLabel('Area', { exact: true }).selectOption('NB1');
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.waitForURL(`**/board-report?period=${quarter.key}&area=NB1`);
    await page.getByText(`${quarter.label}, postcode district NB1`).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Excel workbook of every table' }).click();
    expect((await download).suggestedFilename()).toBe(`lantern-board-report-${quarter.key}-nb1.xlsx`);
    await context.close();
  });
});
