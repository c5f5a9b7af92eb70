import type { Browser, Page } from 'playwright-core';
import { startTestApi, TestApi } from '@lantern/server/app/testing';
import { DEMO_PASSWORD, seedDemoData } from '@lantern/server/app';
import { expectNoAxeViolations, launchChromium } from './browser';

const TASK = 'Check the fire risk assessment and means of escape';
const GROUP = 'Foundry Walk Social Club disruption';

/** An agency officer on a phone finds the task given to them, starts it with a comment, and sees the comment. */
describe('working on my tasks in the browser', () => {
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

  async function accessible(page: Page) {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  }

  it('lets the fire officer mark their task in progress with a comment, on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();

    await page.goto(api.url);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email address').fill('fire.officer@lantern.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await accessible(page);

    await page.getByRole('link', { name: 'My tasks', exact: true }).first().click();
    await page.waitForURL(/\/tasks$/);
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const taskLink = page.getByRole('link', { name: TASK });
    await taskLink.waitFor();
    await expect(page.getByRole('link', { name: GROUP }).first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('Gareth Penhallow, Northshire Fire and Rescue Service – Fire Protection').first().isVisible(),
    ).resolves.toBe(true);
    await accessible(page);

    await taskLink.click();
    await page.getByRole('heading', { level: 1, name: TASK }).waitFor();
    await expect(page.getByText('No comments yet.').isVisible()).resolves.toBe(true);
    await accessible(page);

    await page.getByLabel('In progress', { exact: true }).check();
    await page.getByLabel('Comment (optional)').fill('Booked the inspection with the club manager for Thursday.');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('The task is now in progress').waitFor();
    const comments = page.getByRole('region', { name: 'Comments' });
    await expect(
      comments.getByText('Booked the inspection with the club manager for Thursday.').isVisible(),
    ).resolves.toBe(true);
    await expect(comments.getByText('Gareth Penhallow').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Comment (optional)').inputValue()).resolves.toBe('');
    await accessible(page);

    await page.getByRole('link', { name: 'My tasks', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await expect(
      page.getByRole('listitem').filter({ hasText: TASK }).getByText('In progress').isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});
