import type { Browser, Page } from 'playwright-core';
import { DateTime } from 'luxon';
import type { TestApi } from '@lantern/server/app/testing';
import { londonToday } from '@lantern/shared/domain';
import { MonitoringAlert } from '@lantern/server/monitoring';
import { VisitRecordAttendance } from '@lantern/server/visits';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

const CLUB = 'Foundry Walk Social Club';
const FLAT = 'Flat 2, Millbrook House';
const PROHIBITION = 'Prohibition notice (prohibit or restrict use of premises)';

/**
 * The case study end to end (domain.md): five agencies visit the social club, the fire service prohibits use
 * for want of a means of escape, the club shows as closed, the coordinator puts the club, its owner and manager
 * and the manager's flat under monitoring, and a later action at the flat alerts the coordinator.
 */
describe('the case study, end to end in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function fillDate(page: Page, legend: string, iso: string) {
    const [year, month, day] = iso.split('-');
    const group = page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(String(Number(day)));
    await group.getByLabel('Month').fill(String(Number(month)));
    await group.getByLabel('Year').fill(year);
  }

  it('runs from the five-agency visit to an alert at the associated premises', async () => {
    const coordinatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, api.url, 'coordinator@lantern.example');

    // 1. The joint visit: all five agencies' officers attend; the fire escape is found chained.
    await coordinator.goto(`${api.url}/groups`);
    await coordinator
      .getByRole('link', { name: `${CLUB} disruption` })
      .first()
      .click();
    await coordinator
      .getByRole('region', { name: 'Joint visits' })
      .getByRole('link', { name: new RegExp(CLUB) })
      .click();
    await coordinator.getByRole('link', { name: 'Record the visit' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Record the visit' }).waitFor();
    await coordinator.getByLabel('Blocked fire escapes').check();
    await coordinator.getByRole('button', { name: 'Save the record' }).click();
    await coordinator.getByText('The visit has been recorded').waitFor();
    expect(await api.db.getRepository(VisitRecordAttendance).count()).toBe(5);

    // 2. The fire officer, on a phone, records the prohibition for means of escape: the club is closed.
    const fireContext = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const fire = await fireContext.newPage();
    await signIn(fire, api.url, 'fire.officer@lantern.example');
    await fire.goto(coordinator.url());
    await fire.getByRole('link', { name: `Record what we did at ${CLUB}` }).click();
    await fire.getByLabel('Prohibition', { exact: true }).check();
    await fire.getByLabel('Power used').selectOption({ label: PROHIBITION });
    await fire
      .getByLabel('What was done and why')
      .fill(
        'Rear fire exit chained; the first floor has one way out. Its use is prohibited until a second exit is made.',
      );
    await fire.getByRole('button', { name: 'Record the action' }).click();
    await fire.getByRole('heading', { level: 1, name: CLUB }).waitFor();
    await expect(fire.getByText('Closed', { exact: true }).first().isVisible()).resolves.toBe(true);
    await fireContext.close();

    // The planner lists what was done at the visit.
    await coordinator.reload();
    await coordinator
      .getByRole('region', { name: 'Actions taken at the visit' })
      .getByRole('link', { name: `Prohibition: ${PROHIBITION}` })
      .waitFor();
    await expectNoAxeViolations(coordinator);

    // 3. The coordinator puts the club, its owner and manager and the manager's flat under monitoring.
    const club = new URL(fire.url()).pathname;
    await coordinator.goto(`${api.url}${club}`);
    await coordinator.getByRole('heading', { level: 1, name: CLUB }).waitFor();
    await coordinator.getByRole('link', { name: `Put under monitoring – ${CLUB}` }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Put under monitoring' }).waitFor();
    await expectNoAxeViolations(coordinator);
    await expect(coordinator.getByLabel('Victor Hallam-Sykes').isChecked()).resolves.toBe(true);
    await expect(coordinator.getByLabel('Desmond Arkwright').isChecked()).resolves.toBe(true);
    await expect(coordinator.getByLabel(new RegExp(`^${FLAT}`)).isChecked()).resolves.toBe(true);
    await coordinator.getByLabel(/^Wharfside Hand Car Wash/).uncheck();
    // A first try without a reason fails, and what was chosen stays.
    const endsOn = DateTime.fromISO(londonToday()).plus({ years: 1 }).toISODate()!;
    await fillDate(coordinator, 'Monitoring ends on', endsOn);
    await coordinator.getByRole('button', { name: 'Start monitoring' }).click();
    await coordinator
      .getByRole('alert')
      .getByRole('link', { name: 'Enter why the premises and people are to be monitored' })
      .waitFor();
    await expect(coordinator.getByLabel(/^Wharfside Hand Car Wash/).isChecked()).resolves.toBe(false);
    await coordinator
      .getByLabel('Why monitor them')
      .fill('Club closed by prohibition; its manager lets the flat where girls were seen. Watch for displacement.');
    await coordinator.getByRole('button', { name: 'Start monitoring' }).click();
    await coordinator.getByText(`${CLUB} is under monitoring`).waitFor();
    await coordinator.getByRole('heading', { level: 1, name: CLUB }).waitFor();
    await expect(
      coordinator.getByText('Associated with Foundry Walk Social Club through Victor Hallam-Sykes').isVisible(),
    ).resolves.toBe(true);
    await expect(coordinator.getByText(`Owner of ${CLUB}`).isVisible()).resolves.toBe(true);
    await expect(coordinator.getByText(`Manager of ${CLUB}`).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(coordinator);

    // 4. Later, housing takes action at the flat (recorded by the coordinator on its behalf): an alert is raised.
    await coordinator.getByRole('link', { name: FLAT }).click();
    await coordinator.getByRole('heading', { level: 1, name: FLAT }).waitFor();
    await expect(
      coordinator.getByText('Under monitoring as a premises associated with another').isVisible(),
    ).resolves.toBe(true);
    await coordinator.getByRole('link', { name: `Record what we did at ${FLAT}` }).click();
    await coordinator
      .getByLabel('Agency that took the action')
      .selectOption({ label: 'Northbridge Council – Strategic Housing' });
    await coordinator.getByLabel('Advice', { exact: true }).check();
    await coordinator
      .getByLabel('What was done and why')
      .fill('Landlord advised on overcrowding and the licence the flat needs.');
    await coordinator.getByRole('button', { name: 'Record the action' }).click();
    await coordinator.getByRole('heading', { level: 1, name: FLAT }).waitFor();
    expect(await api.db.getRepository(MonitoringAlert).count()).toBe(1);

    await coordinator.getByRole('link', { name: 'Monitoring', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
    const alert = coordinator.getByText(`Northbridge Council – Strategic Housing: advice at ${FLAT}`, { exact: true });
    await alert.waitFor();
    await expectNoAxeViolations(coordinator);
    await coordinator.getByRole('button', { name: /^Mark as seen/ }).click();
    await coordinator.getByText('No new alerts for the monitorings you coordinate.').waitFor();

    // The club's timeline tells the story in order, newest first.
    await coordinator.goto(`${api.url}${club}`);
    const timeline = coordinator.getByRole('list', { name: 'What happened, newest first' });
    await timeline.waitFor();
    const titles = (await timeline.locator('li p.govuk-\\!-font-weight-bold').allTextContents()).map((t) => t.trim());
    const order = ['Under monitoring', 'Status: Closed', 'Prohibition', 'Visit recorded'].map((title) =>
      titles.indexOf(title),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await expectNoAxeViolations(coordinator);
    await coordinatorContext.close();
  });
});
