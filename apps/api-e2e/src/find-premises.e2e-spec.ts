import type { Browser, Page } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { DEMO_PASSWORD } from '@lantern/server/app';
import { expectNoAxeViolations, startDemoApp } from './browser';

/** The first journey: a coordinator signs in, finds a seeded premises and opens its page — on a laptop and on a phone. */
describe('finding a premises in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function journey(page: Page) {
    await page.goto(api.url);
    await page.waitForURL(/\/sign-in/);
    await expectNoAxeViolations(page);
    await page.getByLabel('Email address').fill('coordinator@lantern.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('link', { name: 'Premises', exact: true }).first().click();
    await page.waitForURL(/\/premises/);
    await page.getByLabel('Name or address').fill('Foundry Walk');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.getByRole('link', { name: 'Foundry Walk Social Club' });
    await result.waitFor();
    await expectNoAxeViolations(page);
    await result.click();

    await page.getByRole('heading', { level: 1, name: 'Foundry Walk Social Club' }).waitFor();
    await expect(page.getByText('NB1 4FW').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Victor Hallam-Sykes').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Flat 2, Millbrook House' }).first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  }

  it('works on a laptop-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await journey(await context.newPage());
    await context.close();
  });

  it('works on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await journey(await context.newPage());
    await context.close();
  });
});
