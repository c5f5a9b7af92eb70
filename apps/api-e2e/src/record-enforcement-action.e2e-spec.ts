import type { Browser, Page } from 'playwright-core';
import { DateTime } from 'luxon';
import type { TestApi } from '@lantern/server/app/testing';
import { londonToday } from '@lantern/shared/domain';
import { EnforcementAction } from '@lantern/server/enforcement';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

const PROHIBITION = 'Prohibition notice (prohibit or restrict use of premises)';
const DETAILS =
  'Rear fire exit chained shut and the first-floor rooms have one way out. Use of the first floor prohibited until a second means of escape is provided.';

/**
 * The case study's fire officer, on a phone at the social club visit, records the prohibition for means of
 * escape. One submission fails first (a deadline before the date), and nothing typed is lost, even on reload.
 */
describe('recording what we did in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
    // The demo visit is next Friday: here it is under way, so actions can be recorded at it.
    await api.db.query(`UPDATE visit_plan SET starts_at = now() - interval '1 hour'`);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function fillDate(page: Page, id: string, date: string) {
    const [year, month, day] = date.split('-');
    await page.locator(`#${id}`).fill(String(Number(day)));
    await page.locator(`#${id}-month`).fill(String(Number(month)));
    await page.locator(`#${id}-year`).fill(year);
  }

  it('lets the fire officer record a prohibition at the visit on a phone, and the premises is closed', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, api.url, 'fire.officer@lantern.example');

    await page.getByRole('link', { name: 'My tasks', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const visits = page.getByRole('region', { name: 'Visits you are asked to attend' });
    await visits.getByRole('link', { name: /Foundry Walk Social Club/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Visit to Foundry Walk Social Club' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Record what we did at Foundry Walk Social Club' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record what we did' }).waitFor();
    await expect(page.getByText('For Northshire Fire and Rescue Service – Fire Protection').isVisible()).resolves.toBe(
      true,
    );
    // The date defaults to today; the day box opens the numeric keyboard.
    const [year, month, day] = londonToday().split('-');
    await expect(page.locator('#action-takenOn').inputValue()).resolves.toBe(String(Number(day)));
    await expect(page.locator('#action-takenOn-month').inputValue()).resolves.toBe(String(Number(month)));
    await expect(page.locator('#action-takenOn-year').inputValue()).resolves.toBe(year);
    await expect(page.locator('#action-takenOn').getAttribute('inputmode')).resolves.toBe('numeric');
    await expectNoAxeViolations(page);

    await page.getByLabel('Prohibition', { exact: true }).check();
    // Powers the fire service holds that fit a prohibition come first.
    const firstPower = await page.locator('#action-powerId option').nth(1).textContent();
    expect(firstPower).toBe(PROHIBITION);
    await page.getByLabel('Power used').selectOption({ label: PROHIBITION });
    await page.getByLabel('What was done and why').fill(DETAILS);
    const yesterday = DateTime.fromISO(londonToday()).minus({ days: 1 }).toISODate()!;
    await fillDate(page, 'action-complianceDeadline', yesterday);
    await page.getByRole('button', { name: 'Record the action' }).click();

    const summary = page.getByRole('alert');
    await summary.getByText('The compliance deadline cannot be before the date the action was taken').waitFor();
    await expect(page.getByLabel('What was done and why').inputValue()).resolves.toBe(DETAILS);
    await expect(page.getByLabel('Power used').inputValue()).resolves.not.toBe('');
    await expectNoAxeViolations(page);
    expect(await api.db.getRepository(EnforcementAction).count()).toBe(0);

    // A reload (or a dropped connection) keeps the unsent draft in this tab.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Record what we did' }).waitFor();
    await expect(page.getByLabel('What was done and why').inputValue()).resolves.toBe(DETAILS);
    await expect(page.getByLabel('Prohibition', { exact: true }).isChecked()).resolves.toBe(true);

    for (const box of ['', '-month', '-year']) await page.locator(`#action-complianceDeadline${box}`).fill('');
    await page.getByRole('button', { name: 'Record the action' }).click();

    await page.getByRole('heading', { level: 1, name: 'Foundry Walk Social Club' }).waitFor();
    await page.getByText('The enforcement action has been recorded').waitFor();
    const section = page.getByRole('region', { name: 'Enforcement actions' });
    const listed = section.getByRole('link', { name: `Prohibition: ${PROHIBITION}` });
    await listed.waitFor();
    await expect(section.getByText('Served').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Closed', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await expect(
      page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('lantern.enforcement'))),
    ).resolves.toEqual([]);

    await listed.click();
    await page.getByRole('heading', { level: 1, name: 'Prohibition at Foundry Walk Social Club' }).waitFor();
    await expect(page.getByRole('table', { name: 'Status over time' }).getByText('Served').isVisible()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
