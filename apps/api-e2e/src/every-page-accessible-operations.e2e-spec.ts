import type { Browser } from 'playwright-core';
import { Agency } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Person, Premises } from '@lantern/server/premises';
import { InformationReport } from '@lantern/server/intelligence';
import { Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { VisitPlan } from '@lantern/server/visits';
import { EnforcementAction, EnforcementActionStatusChange } from '@lantern/server/enforcement';
import { Monitoring } from '@lantern/server/monitoring';
import type { TestApi } from '@lantern/server/app/testing';
import { expectPagesAccessible, signIn, startDemoApp } from './browser';

/** axe on the operations pages (groups, visits, tasks, actions, monitoring, information reports), as every-page-accessible. */
describe('every operations page is accessible', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('has no violations on the group, visit and task pages', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const agency = await api.db.getRepository(Agency).findOneByOrFail({ type: 'FIRE_AND_RESCUE' });
    const group = await api.db
      .getRepository(TaskAndFinishGroup)
      .findOneByOrFail({ name: 'Foundry Walk Social Club disruption' });
    const task = await api.db.getRepository(Task).findOneByOrFail({ groupId: group.id, ownerAgencyId: agency.id });
    const plan = await api.db.getRepository(VisitPlan).findOneByOrFail({ groupId: group.id });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'admin@lantern.example');
    const paths = [
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
    ];
    await expectPagesAccessible(page, api.url, paths);
    await page.context().close();
  }, 300_000); // many pages, each checked by axe: slow on a busy machine

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
    await expectPagesAccessible(page, api.url, [
      `/premises/${premises.id}/actions/new`,
      `/premises/${premises.id}/actions/new?visitPlanId=${plan.id}`,
      `/actions/${action.id}`,
    ]);
    await page.context().close();
  });

  it('has no violations on the monitoring pages', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const monitoring = await api.db.getRepository(Monitoring).findOneByOrFail({ status: 'ACTIVE' });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'coordinator@lantern.example');
    await expectPagesAccessible(page, api.url, [
      '/monitoring',
      `/monitoring/${monitoring.id}`,
      `/premises/${premises.id}/monitoring/new`,
    ]);
    await page.context().close();
  });

  it('has no violations on the information report pages an administrator sees (the journey test checks the rest)', async () => {
    const report = (await api.db.getRepository(InformationReport).find({ order: { receivedAt: 'ASC' }, take: 1 }))[0];
    const person = await api.db.getRepository(Person).findOneByOrFail({ fullName: 'Victor Hallam-Sykes' });
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(page, api.url, 'admin@lantern.example');
    await expectPagesAccessible(page, api.url, ['/reports', `/reports/${report.id}`, `/people/${person.id}/mosaic`]);
    await page.context().close();
  });
});
