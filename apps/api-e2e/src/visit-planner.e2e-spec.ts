import type { Browser, Page } from 'playwright-core';
import { Agency } from '@lantern/server/agencies';
import { GroupAgency, GroupPremises, TaskAndFinishGroup } from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import { Power } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import type { TestApi } from '@lantern/server/app/testing';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

/** A coordinator plans a joint visit on a phone, meets a law check, acknowledges it and marks the plan ready. */
describe('the joint visit planner', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function fitsThePhone(page: Page) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  }

  it('plans a visit, shows the law checks, and marks it ready once they are acknowledged', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const fire = await api.db.getRepository(Agency).findOneByOrFail({ type: 'FIRE_AND_RESCUE' });
    const police = await api.db.getRepository(Agency).findOneByOrFail({ type: 'POLICE' });
    const coordinator = await api.db
      .getRepository(UserAccount)
      .findOneByOrFail({ email: 'coordinator@lantern.example' });
    const group = await api.db.getRepository(TaskAndFinishGroup).save({
      name: 'Foundry Walk task and finish group',
      objective: 'Stop the exploitation of children at the social club',
      leadAgencyId: police.id,
      coordinatorUserId: coordinator.id,
      stage: 'PLANNING',
    });
    await api.db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: premises.id });
    for (const agency of [fire, police])
      await api.db.getRepository(GroupAgency).save({ groupId: group.id, agencyId: agency.id });
    const fso = await api.db.getRepository(Power).findOneByOrFail({ code: 'fso-2005-art27-inspection-entry' });

    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');
    await page.goto(`${api.url}/groups/${group.id}/visits/new`);
    await page.getByRole('heading', { level: 1, name: 'Plan a visit' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Plan the visit' }).click();
    await page.getByText('Select the premises to visit').first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Premises to visit').selectOption(premises.id);
    await page.getByLabel('Day').fill('13');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Start time').fill('22:00');
    await page.getByLabel('End time (optional)').fill('01:00');
    await page.getByLabel('High', { exact: true }).check();
    await page.locator(`#attends-${fire.id}`).check();
    await page.getByRole('button', { name: 'Plan the visit' }).click();

    await page.getByRole('heading', { level: 1, name: 'Visit to Foundry Walk Social Club' }).waitFor();
    await page.getByText('13 March 2026 at 10:00pm to 01:00').waitFor();
    // Fire will enter with no power planned yet: the law checks say so.
    await page.getByText(/will enter the premises, but it has no powers planned/).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await fitsThePhone(page);

    await page.getByRole('button', { name: 'Mark ready' }).click();
    await page.getByText('There is a problem').waitFor();
    await page.getByRole('link', { name: /Acknowledge the law check/ }).waitFor();
    await expectNoAxeViolations(page);

    // Planning the fire safety inspection power settles the fire service's entry.
    const firePower = page.getByLabel(`Plan a power for ${fire.name}`, { exact: true });
    const addFirePower = page.locator('form', { has: firePower }).getByRole('button', { name: 'Add power' });
    await firePower.selectOption(fso.id);
    await addFirePower.click();
    await page.getByText('The law checks found nothing to acknowledge').waitFor();

    // Police attend too, staying outside with no powers: nothing to acknowledge.
    await page.getByLabel('Agency', { exact: true }).selectOption(police.id);
    await page.getByLabel('Its officers will enter the premises').uncheck();
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByRole('heading', { level: 3, name: police.name }).waitFor();

    // A power fire does not hold, at 22:00: warnings to acknowledge, the first with a note.
    const foodEntry = await api.db.getRepository(Power).findOneByOrFail({ code: 'fsa-1990-s32-food-premises-entry' });
    await firePower.selectOption(foodEntry.id);
    await addFirePower.click();
    await page
      .getByText(/cannot use “Food safety inspection/)
      .first()
      .waitFor();
    await page.getByLabel('Note (optional)').first().fill('Fire will accompany environmental health only');
    await page.getByRole('button', { name: /^Acknowledge law check 1/ }).click();
    await page.getByText('Note: Fire will accompany environmental health only').waitFor();
    // Fire does not hold the food safety power, and it gives entry only in business hours: two checks.
    await page.getByRole('button', { name: /^Acknowledge law check 2/ }).click();
    await page.getByText('All checks acknowledged').waitFor();

    await page.getByRole('button', { name: 'Mark ready' }).click();
    await page.getByText('The plan is ready: officers can be briefed').waitFor();
    await page.getByRole('button', { name: 'Record the visit as completed' }).waitFor();
    await expectNoAxeViolations(page);
    await fitsThePhone(page);

    await page.goto(`${api.url}${new URL(page.url()).pathname}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change the visit' }).waitFor();
    await expect(page.getByLabel('Start time').inputValue()).resolves.toBe('22:00');
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
