import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { Agency, Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';
import { VisitRecord, VisitRecordAttendance } from '@lantern/server/visits';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

const GROUP = 'Foundry Walk Social Club disruption';
const CLUB = 'Foundry Walk Social Club';
const FIRE = 'Northshire Fire and Rescue Service – Fire Protection';
const NEW_FIRE_OFFICER = 'Sian Trevithick';

/**
 * The coordinator, on a phone at the club, records the joint visit: who came against who was asked, what they saw
 * and a person they met. The first try fails (a start in the future) and nothing typed is lost, not even on reload.
 */
describe('recording a visit in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('records the Foundry Walk visit with attendance, observations and a new person met', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');

    await page.goto(`${api.url}/groups`);
    await page.getByRole('link', { name: GROUP }).first().click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await page
      .getByRole('region', { name: 'Joint visits' })
      .getByRole('link', { name: new RegExp(CLUB) })
      .click();
    await page.getByRole('heading', { level: 1, name: `Visit to ${CLUB}` }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Record the visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record the visit' }).waitFor();
    await expectNoAxeViolations(page);

    // Planned officers are ticked; the fire officer did not come, and a colleague came instead.
    await expect(page.getByLabel(/^PC Tom Ashgrove/).isChecked()).resolves.toBe(true);
    await page.getByLabel(/^Gareth Penhallow/).uncheck();
    const addOfficer = page.getByLabel('Add another officer who attended');
    const standIn = (await addOfficer.locator('option').nth(1).textContent())!;
    await addOfficer.selectOption({ label: standIn });
    await page.getByRole('button', { name: 'Add officer' }).click();
    await expect(page.getByLabel(standIn, { exact: true }).isChecked()).resolves.toBe(true);

    for (const observation of [
      'Blocked fire escapes',
      'Children in or near the premises',
      'Beds or bedding in offices or back rooms',
      'CCTV missing or not working',
    ])
      await page.getByLabel(observation).check();
    await page.getByLabel('Number of people inside (optional)').fill('14');
    await page.getByLabel('Notes (optional)').fill('Two girls of about 14 left by the rear door. Fire escape chained.');
    await page.getByRole('button', { name: 'Add a person met' }).click();
    await page.getByLabel('Full name').fill('Kyle Brennan');
    const born = page.getByRole('group', { name: 'Date of birth (optional)' });
    await born.getByLabel('Day').fill('30');
    await born.getByLabel('Month').fill('11');
    await born.getByLabel('Year').fill('1994');
    await page.getByLabel('How they are linked to the premises').selectOption({ label: 'Manager' });

    // A start a year ahead: the server refuses it, and everything typed is still there.
    const visitDate = page.getByRole('group', { name: 'Date of the visit' });
    const year = await visitDate.getByLabel('Year').inputValue();
    await visitDate.getByLabel('Year').fill(String(Number(year) + 1));
    await page.getByRole('button', { name: 'Save the record' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'The start cannot be in the future' }).waitFor();
    await expect(page.getByLabel('Full name').inputValue()).resolves.toBe('Kyle Brennan');
    await expect(page.getByLabel('Blocked fire escapes').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(/^Gareth Penhallow/).isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Number of people inside (optional)').inputValue()).resolves.toBe('14');
    await expectNoAxeViolations(page);

    // A reload (a lost signal, a tap on the wrong thing) keeps the unsent record in the tab.
    await page.reload();
    await page.getByText('What you entered before has been kept').waitFor();
    await expect(page.getByLabel('Full name').inputValue()).resolves.toBe('Kyle Brennan');
    await expect(page.getByLabel('Notes (optional)').inputValue()).resolves.toContain('Fire escape chained');
    await expect(page.getByLabel(standIn, { exact: true }).isChecked()).resolves.toBe(true);

    await page.getByRole('group', { name: 'Date of the visit' }).getByLabel('Year').fill(year);
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The visit has been recorded').waitFor();
    await page.getByRole('heading', { level: 1, name: `Visit to ${CLUB}` }).waitFor();
    const happened = page.getByRole('region', { name: 'What happened' });
    await expect(
      happened.getByRole('listitem').filter({ hasText: 'Gareth Penhallow' }).textContent(),
    ).resolves.toContain('Did not attend');
    await expect(happened.getByRole('listitem').filter({ hasText: standIn }).textContent()).resolves.toContain(
      'Came, not asked',
    );
    await expect(happened.getByText('Blocked fire escapes').isVisible()).resolves.toBe(true);
    await expect(happened.getByText('Kyle Brennan (Manager), born 30 November 1994').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Record the visit' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // Sent: the draft is gone.
    await page.goto(`${api.url}${new URL(page.url()).pathname}/record`);
    await page.getByText('This visit has already been recorded').waitFor();
    await expect(page.evaluate(() => window.sessionStorage.length)).resolves.toBe(0);

    const club = await api.db.getRepository(Premises).findOneByOrFail({ name: CLUB });
    await page.goto(`${api.url}/premises/${club.id}`);
    await page.getByRole('heading', { level: 1, name: CLUB }).waitFor();
    await expect(page.getByText('Kyle Brennan').first().isVisible()).resolves.toBe(true);
    await page
      .getByRole('region', { name: 'Visits recorded' })
      .getByRole('link', { name: /Joint visit on/ })
      .click();
    await page.getByRole('heading', { level: 1, name: `Visit to ${CLUB}` }).waitFor();
    await expect(page.getByText('Kyle Brennan (Manager), born 30 November 1994').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    // The record can be changed later: what was saved fills the form.
    const saved = await api.db.getRepository(VisitRecord).findOneByOrFail({ premisesId: club.id });
    const fire = await api.db.getRepository(Agency).findOneByOrFail({ name: FIRE });
    await api.db.getRepository(Officer).save({ agencyId: fire.id, name: NEW_FIRE_OFFICER, active: true });
    await page.goto(`${api.url}/visit-records/${saved.id}`);
    await page.getByRole('link', { name: 'Change the record of the visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change the visit record' }).waitFor();
    await expect(page.getByLabel('Notes (optional)').inputValue()).resolves.toContain('Fire escape chained');
    await expect(page.getByLabel('Blocked fire escapes').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Number of people inside (optional)').inputValue()).resolves.toBe('14');
    await expectNoAxeViolations(page);
    await page.getByLabel('Number of people inside (optional)').fill('15');
    // An officer left off the record is added afterwards: any officer of an agency attending can be.
    const attendance = () => api.db.getRepository(VisitRecordAttendance).countBy({ visitRecordId: saved.id });
    const before = await attendance();
    await page.getByLabel('Add another officer who attended').selectOption({ label: `${NEW_FIRE_OFFICER} (${FIRE})` });
    await page.getByRole('button', { name: 'Add officer' }).click();
    await expect(page.getByLabel(`${NEW_FIRE_OFFICER} (${FIRE})`).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('The visit record has been changed').waitFor();
    expect((await api.db.getRepository(VisitRecord).findOneByOrFail({ id: saved.id })).numberOfOccupants).toBe(15);
    expect(await attendance()).toBe(before + 1);
    await context.close();
  });
});
