import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { DEMO_PASSWORD } from '@lantern/server/app';
import { TaskAndFinishGroup } from '@lantern/server/groups';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

const TASK = 'Check the fire risk assessment and means of escape';
const GROUP = 'Foundry Walk Social Club disruption';

/** An agency officer on a phone finds the task given to them, starts it with a comment, and sees the comment. */
describe('working on my tasks in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lets the fire officer mark their task in progress with a comment, on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();

    await page.goto(api.url);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email address').fill('fire.officer@lantern.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'My tasks', exact: true }).first().click();
    await page.waitForURL(/\/tasks$/);
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const taskLink = page.getByRole('link', { name: TASK });
    await taskLink.waitFor();
    await expect(page.getByRole('link', { name: GROUP }).first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('Gareth Penhallow, Northshire Fire and Rescue Service – Fire Protection').first().isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await taskLink.click();
    await page.getByRole('heading', { level: 1, name: TASK }).waitFor();
    await expect(page.getByText('No comments yet.').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

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
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'My tasks', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await expect(
      page.getByRole('listitem').filter({ hasText: TASK }).getByText('In progress').isVisible(),
    ).resolves.toBe(true);

    // The demo visit to the club names him: he opens it from My tasks and confirms he will attend.
    const visits = page.getByRole('region', { name: 'Visits you are asked to attend' });
    await visits.getByRole('link', { name: /Foundry Walk Social Club/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Visit to Foundry Walk Social Club' }).waitFor();
    await page.getByRole('button', { name: 'Confirm attendance for Gareth Penhallow' }).click();
    // Decline is offered before and after confirming: wait for the confirm button to go, not for decline to show.
    await page.getByRole('button', { name: 'Confirm attendance for Gareth Penhallow' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Decline for Gareth Penhallow' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('lets a coordinator add a task on its own page, change it, and be told when someone else moved it on first', async () => {
    const group = await api.db.getRepository(TaskAndFinishGroup).findOneByOrFail({ name: GROUP });
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');

    await page.goto(`${api.url}/groups/${group.id}/tasks/new`);
    await page.getByRole('heading', { level: 1, name: 'Add a task' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add task' }).click();
    const problems = page.getByRole('alert');
    await problems.getByText('Enter what needs doing').waitFor();
    await expect(problems.getByText('Select the agency that will do the task').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('What needs doing').fill('Test purchase of alcohol at the bar');
    await page.getByLabel('Agency doing the task').selectOption({ label: 'Northbridge Council – Licensing' });
    await page.getByLabel('Officer (optional)').selectOption({ label: 'Nadia Brightwell' });
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('1');
    await page.getByLabel('Year').fill('2020');
    await page.getByLabel('High', { exact: true }).check();
    await page.getByRole('button', { name: 'Add task' }).click();
    await problems.getByText('The due date must be today or in the future').waitFor();
    await expect(page.getByLabel('What needs doing').inputValue()).resolves.toBe('Test purchase of alcohol at the bar');
    await page.getByLabel('Year').fill(String(new Date().getFullYear() + 1));
    await page.getByRole('button', { name: 'Add task' }).click();

    await page.getByRole('heading', { level: 1, name: 'Test purchase of alcohol at the bar' }).waitFor();
    await expect(page.getByText('Task added: Test purchase of alcohol at the bar').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Nadia Brightwell').first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    const taskUrl = page.url();

    await page.getByRole('link', { name: /Change task/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change task' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('What needs doing').fill('Test purchase of alcohol at the bar and the hatch');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test purchase of alcohol at the bar and the hatch' }).waitFor();
    await expect(page.getByText('Your changes have been saved').isVisible()).resolves.toBe(true);

    // Someone else moves the task on while this page still shows it open.
    const other = await context.newPage();
    await other.goto(taskUrl);
    await other.getByLabel('Blocked', { exact: true }).check();
    await other.getByRole('button', { name: 'Save status' }).click();
    await other.getByText('The task is now blocked').waitFor();
    await other.close();

    await page.getByLabel('Done', { exact: true }).check();
    await page.getByLabel('Comment (optional)').fill('Test purchase refused: no sale.');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('What you entered is still in the form below and has not been saved.').waitFor();
    await expect(page.getByLabel('Comment (optional)').inputValue()).resolves.toBe('Test purchase refused: no sale.');
    await expectNoAxeViolations(page);

    // Told, they save again: their change now replaces the other.
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('The task is now done').waitFor();
    await expect(
      page.getByRole('region', { name: 'Comments' }).getByText('Test purchase refused: no sale.').isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});
