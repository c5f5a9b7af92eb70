import type { Browser, Page } from 'playwright-core';
import { Agency, Officer } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Person, Premises } from '@lantern/server/premises';
import { InformationReport } from '@lantern/server/intelligence';
import { Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { VisitPlan } from '@lantern/server/visits';
import { EnforcementAction, EnforcementActionStatusChange } from '@lantern/server/enforcement';
import { Monitoring } from '@lantern/server/monitoring';
import type { TestApi } from '@lantern/server/app/testing';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

/** axe on every page of the web app, as an administrator (who sees every page) and as a board member, on a phone-sized screen. */
describe('every page is accessible', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function visit(page: Page, path: string) {
    await page.goto(`${api.url}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  }

  it('shows sign-in errors accessibly', async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('has no violations on any administrator page', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const agency = await api.db.getRepository(Agency).findOneByOrFail({ type: 'FIRE_AND_RESCUE' });
    const officer = await api.db.getRepository(Officer).findOneByOrFail({ agencyId: agency.id });
    const power = await api.db.getRepository(Power).findOneByOrFail({ code: 'fso-2005-art31-prohibition-notice' });
    const group = await api.db
      .getRepository(TaskAndFinishGroup)
      .findOneByOrFail({ name: 'Foundry Walk Social Club disruption' });
    const task = await api.db.getRepository(Task).findOneByOrFail({ groupId: group.id, ownerAgencyId: agency.id });
    const plan = await api.db.getRepository(VisitPlan).findOneByOrFail({ groupId: group.id });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'admin@lantern.example');
    const paths = [
      '/',
      '/premises',
      '/premises?status=OF_CONCERN',
      '/premises/new',
      `/premises/${premises.id}`,
      `/premises/${premises.id}/edit`,
      '/agencies',
      '/agencies/new',
      `/agencies/${agency.id}`,
      `/agencies/${agency.id}/edit`,
      `/agencies/${agency.id}/officers/new`,
      `/officers/${officer.id}/edit`,
      '/groups',
      '/groups?stage=CLOSED',
      `/groups/new?premisesId=${premises.id}`,
      `/groups/${group.id}`,
      `/groups/${group.id}/edit`,
      `/groups/${group.id}/tasks/new`,
      `/groups/${group.id}/visits/new`,
      `/visits/${plan.id}`,
      `/visits/${plan.id}/edit`,
      `/visits/${plan.id}/record`,
      `/premises/${premises.id}/visits/record`,
      '/tasks',
      '/tasks?finished=1',
      `/tasks/${task.id}`,
      `/tasks/${task.id}/edit`,
      '/powers',
      '/powers/new',
      `/powers/${power.id}`,
      `/powers/${power.id}/edit`,
      '/no-such-page',
    ];
    for (const path of paths) await visit(page, path);
    await page.context().close();
    // Over thirty pages, each checked by axe: on a busy shared machine this takes longer than one page test.
  }, 300_000);

  it('has no violations on the enforcement action pages', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const agency = await api.db.getRepository(Agency).findOneByOrFail({ type: 'FIRE_AND_RESCUE' });
    const power = await api.db.getRepository(Power).findOneByOrFail({ code: 'fso-2005-art31-prohibition-notice' });
    const group = await api.db
      .getRepository(TaskAndFinishGroup)
      .findOneByOrFail({ name: 'Foundry Walk Social Club disruption' });
    const plan = await api.db.getRepository(VisitPlan).findOneByOrFail({ groupId: group.id });
    const action = await api.db.getRepository(EnforcementAction).save({
      premisesId: premises.id,
      agencyId: agency.id,
      powerId: power.id,
      kind: 'PROHIBITION',
      takenOn: '2026-03-13',
      details: 'Rear fire exit chained shut',
    });
    await api.db
      .getRepository(EnforcementActionStatusChange)
      .save({ actionId: action.id, status: 'SERVED', changedOn: '2026-03-13' });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'admin@lantern.example');
    for (const path of [
      `/premises/${premises.id}/actions/new`,
      `/premises/${premises.id}/actions/new?visitPlanId=${plan.id}`,
      `/actions/${action.id}`,
    ])
      await visit(page, path);
    await page.context().close();
  });

  it('has no violations on the monitoring pages', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const monitoring = await api.db.getRepository(Monitoring).findOneByOrFail({ status: 'ACTIVE' });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');
    for (const path of ['/monitoring', `/monitoring/${monitoring.id}`, `/premises/${premises.id}/monitoring/new`])
      await visit(page, path);
    await page.context().close();
  });

  it('has no violations on the information report pages an administrator sees (the journey test checks the rest)', async () => {
    const report = (await api.db.getRepository(InformationReport).find({ order: { receivedAt: 'ASC' }, take: 1 }))[0];
    const person = await api.db.getRepository(Person).findOneByOrFail({ fullName: 'Victor Hallam-Sykes' });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'admin@lantern.example');
    for (const path of ['/reports', `/reports/${report.id}`, `/people/${person.id}/mosaic`]) await visit(page, path);
    await page.context().close();
  });

  it('tells a board member plainly that premises are not for them', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, api.url, 'board@lantern.example');
    await visit(page, `/premises/${premises.id}`);
    await expect(
      page
        .getByText(/do not have access/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });
});
