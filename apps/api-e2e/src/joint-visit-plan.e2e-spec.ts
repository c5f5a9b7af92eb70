import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestApi } from '@lantern/server/app/testing';
import { DEMO_PASSWORD, seedDemoData } from '@lantern/server/app';
import { expectNoAxeViolations, launchChromium } from './browser';

const AGENCIES = {
  police: 'Northshire Police – Northbridge CSE Team',
  fire: 'Northshire Fire and Rescue Service – Fire Protection',
  licensing: 'Northbridge Council – Licensing',
  eh: 'Northbridge Council – Environmental Health',
};

/**
 * The coordinator's journey: from a premises of concern to a group with members and tasks, a joint visit
 * planned with four agencies and their powers, the law warnings seen and acknowledged, and the briefing
 * pack and calendar invite downloaded.
 */
describe('forming a group and planning a joint visit in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    const webDistPath = process.env['WEB_DIST_PATH'];
    if (!webDistPath)
      throw new Error('WEB_DIST_PATH is not set: run the browser tests with `npm test`, which builds the web app.');
    api = await startTestApi({ webDistPath });
    await seedDemoData(api.database.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  async function formGroup(page: Page): Promise<string> {
    await page.getByRole('link', { name: 'Premises', exact: true }).first().click();
    await page.getByLabel('Name or address').fill('Kestrel Parade');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Kestrel Parade Takeaway' }).click();
    await page.getByRole('link', { name: 'Form a task and finish group' }).click();

    await page.getByRole('heading', { level: 1, name: 'Form a task and finish group' }).waitFor();
    await expect(page.getByLabel('Name of the group').inputValue()).resolves.toBe('Kestrel Parade Takeaway disruption');
    await page.getByText('Kestrel Parade Takeaway (NB2 7HP)').waitFor();
    // Nothing typed yet: the form says what is missing and keeps the page.
    await page.getByRole('button', { name: 'Form the group' }).click();
    await page.getByRole('link', { name: 'Enter the objective: what the group is to achieve' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Objective').fill('Stop children being kept in the flat above the takeaway after midnight');
    for (const name of [AGENCIES.police, AGENCIES.fire, AGENCIES.licensing, AGENCIES.eh])
      await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Form the group' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kestrel Parade Takeaway disruption' }).waitFor();
    await page.getByText('Kestrel Parade Takeaway disruption has been formed').waitFor();
    for (const name of Object.values(AGENCIES)) await page.getByRole('cell', { name }).first().waitFor();
    await page.getByText('Group formed for Kestrel Parade Takeaway').waitFor();
    await expectNoAxeViolations(page);
    return new URL(page.url()).pathname;
  }

  async function moveTo(page: Page, stage: string) {
    await page.getByText('Move the group on').first().click();
    await page.getByRole('radio', { name: stage }).check();
    await page.getByRole('button', { name: `Move to ${stage.toLowerCase()}` }).click();
    await page.getByText(new RegExp(`The group has moved from .* to ${stage.toLowerCase()}`)).waitFor();
  }

  it('takes a coordinator from a premises to a group in planning, on a laptop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'coordinator@lantern.example');
    const groupPath = await formGroup(page);
    await moveTo(page, 'Planning');
    await page.getByText('Moved from tasking to planning', { exact: true }).waitFor();

    await page.goto(`${api.url}/groups`);
    await page.getByRole('heading', { level: 2, name: /Planning/ }).waitFor();
    await page.getByRole('link', { name: 'Kestrel Parade Takeaway disruption' }).waitFor();
    await expectNoAxeViolations(page);
    expect(groupPath).toMatch(/^\/groups\/[0-9a-f-]{36}$/);
    await context.close();
  });
});
