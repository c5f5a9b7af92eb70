import type { Browser } from 'playwright-core';
import { Agency, Officer } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import type { TestApi } from '@lantern/server/app/testing';
import { axeViolations, expectNoAxeViolations, expectPagesAccessible, signIn, startDemoApp } from './browser';

/**
 * axe on every page of the web app, as an administrator (who sees every page) and as a board member, on a phone-sized
 * screen. Split in two files (see every-page-accessible-operations) so two Jest workers share the pages.
 */
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

  it('shows sign-in errors accessibly', async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('finds violations when a page has them (the check can fail)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      main.insertAdjacentHTML('beforeend', '<img src="/missing.png"><button type="button"></button>');
    });
    const violations = await axeViolations(page);
    expect(violations.map((line) => line.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);
    await page.context().close();
  });

  it('has no violations on the premises, agency and power pages (the operations file checks the rest)', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const agency = await api.db.getRepository(Agency).findOneByOrFail({ type: 'FIRE_AND_RESCUE' });
    const officer = await api.db.getRepository(Officer).findOneByOrFail({ agencyId: agency.id });
    const power = await api.db.getRepository(Power).findOneByOrFail({ code: 'fso-2005-art31-prohibition-notice' });
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
      '/powers',
      '/powers/new',
      `/powers/${power.id}`,
      `/powers/${power.id}/edit`,
      '/no-such-page',
    ];
    await expectPagesAccessible(page, api.url, paths);
    await page.context().close();
  }, 300_000); // many pages, each checked by axe: slow on a busy machine

  it('tells a board member plainly that premises are not for them', async () => {
    const premises = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, api.url, 'board@lantern.example');
    await expectPagesAccessible(page, api.url, [`/premises/${premises.id}`]);
    await expect(
      page
        .getByText(/do not have access/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });
});
