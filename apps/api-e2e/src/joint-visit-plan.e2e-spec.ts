import type { Browser, Page } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { Agency } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

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
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

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

  /** Plans a power for an attending agency from the planner. */
  async function planPower(page: Page, agency: string, code: string) {
    const power = await api.db.getRepository(Power).findOneByOrFail({ code });
    const select = page.getByLabel(`Plan a power for ${agency}`, { exact: true });
    await select.selectOption(power.id);
    await page.locator('form', { has: select }).getByRole('button', { name: 'Add power' }).click();
    const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: agency }) });
    await section.locator('li strong', { hasText: power.name }).waitFor();
  }

  async function download(page: Page, link: string): Promise<{ name: string; body: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
  }

  it('takes a coordinator from a premises to a group, a four-agency visit with its law checks, and the briefing pack', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');
    const groupPath = await formGroup(page);
    await moveTo(page, 'Planning');
    await page.getByText('Moved from tasking to planning', { exact: true }).waitFor();

    // Tasks for the members, then the board shows the group in planning with its open tasks.
    await page.getByText('Add a task').first().click();
    await page.getByLabel('What needs doing').fill('Check the licence conditions and the hours of sale');
    await page.getByLabel('Agency doing the task').selectOption({ label: AGENCIES.licensing });
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByRole('heading', { level: 3, name: 'Check the licence conditions and the hours of sale' }).waitFor();
    await page.goto(`${api.url}/groups`);
    await page.getByRole('heading', { level: 2, name: /Planning/ }).waitFor();
    await page.getByRole('link', { name: 'Kestrel Parade Takeaway disruption' }).waitFor();
    await page.getByText('1 open task').waitFor();
    await expectNoAxeViolations(page);

    // A late-evening visit, when the children are there, with four agencies.
    await page.goto(`${api.url}${groupPath}`);
    await page.getByRole('link', { name: 'Plan a visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan a visit' }).waitFor();
    const takeaway = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Kestrel Parade Takeaway' });
    await page.getByLabel('Premises to visit').selectOption(takeaway.id);
    await page.getByLabel('Day').fill('4');
    await page.getByLabel('Month').fill('12');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Start time').fill('22:30');
    await page.getByLabel('Rendezvous point (optional)').fill('Car park behind the library, Kestrel Parade');
    await page.getByLabel('High', { exact: true }).check();
    for (const name of Object.values(AGENCIES)) {
      const agency = await api.db.getRepository(Agency).findOneByOrFail({ name });
      await page.locator(`#attends-${agency.id}`).check();
    }
    await page.getByRole('button', { name: 'Plan the visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Visit to Kestrel Parade Takeaway' }).waitFor();
    await page.getByText('4 December 2026 at 10:30pm').first().waitFor();
    // Nobody has a power planned yet, and every agency will go in: the plan says each has no power of entry.
    await expect(page.getByText(/will enter the premises, but it has no powers planned/).count()).resolves.toBe(4);

    await planPower(page, AGENCIES.police, 'la-2003-s180-police-entry-offences');
    await planPower(page, AGENCIES.fire, 'fso-2005-art27-inspection-entry');
    await planPower(page, AGENCIES.licensing, 'la-2003-s179-entry-licensable-activity');
    await planPower(page, AGENCIES.eh, 'fsa-1990-s32-food-premises-entry');
    // Food premises entry is for business hours: at 10:30pm the coordinator must acknowledge it.
    await page
      .getByText(/entry only during business hours/)
      .first()
      .waitFor();
    await expect(page.getByText(/has no powers planned/).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Mark ready' }).click();
    await page
      .getByRole('link', { name: /Acknowledge the law check/ })
      .first()
      .waitFor();
    const acknowledge = page.getByRole('button', { name: /^Acknowledge law check/ });
    await page.getByLabel('Note (optional)').first().fill('The takeaway trades until 1am: it is open for business');
    while ((await acknowledge.count()) > 0) {
      const before = await acknowledge.count();
      await acknowledge.first().click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('form[aria-label^="Acknowledge law check"]').length < count,
        before,
      );
    }
    await page.getByText('All checks acknowledged').waitFor();
    await page.getByRole('button', { name: 'Mark ready' }).click();
    await page.getByText('The plan is ready: officers can be briefed').waitFor();
    await expectNoAxeViolations(page);

    // The briefing pack and the calendar invite for the officers.
    const pdf = await download(page, 'Download the briefing pack (PDF)');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const invite = await download(page, 'Add the visit to a calendar (.ics invite)');
    const ics = invite.body.toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Kestrel Parade Takeaway');
    expect(ics).toMatch(/DTSTART:20261204T223000Z/);
    const [printable] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Printable briefing (opens in a new tab)' }).click(),
    ]);
    await printable.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(printable.getByText('Kestrel Parade Takeaway').first().isVisible()).resolves.toBe(true);
    await expect(printable.getByText(AGENCIES.eh).first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(printable);
    await context.close();
  });
});
