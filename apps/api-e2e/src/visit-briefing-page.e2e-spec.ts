import type { Browser, BrowserContext } from 'playwright-core';
import { SESSION_COOKIE } from '@lantern/server/identity';
import { createVisitBriefingFixture, startTestApi, TestApi } from '@lantern/server/app/testing';
import { expectNoAxeViolations, launchChromium } from './browser';

/** The printable briefing page in a real browser, served beside the web app: accessible, styled under its CSP, printable. */
describe('the printable visit briefing page', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let planId: string;

  beforeAll(async () => {
    const webDistPath = process.env['WEB_DIST_PATH'];
    if (!webDistPath)
      throw new Error('WEB_DIST_PATH is not set: run the browser tests with `npm test`, which builds the web app.');
    api = await startTestApi({ webDistPath });
    const coordinator = await api.signedIn('COORDINATOR');
    planId = (await createVisitBriefingFixture(api.db, coordinator.user.id)).plan.id;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const [name, value] = coordinator.client.sessionCookie!.split('=');
    expect(name).toBe(SESSION_COOKIE);
    await context.addCookies([{ name, value, url: api.url }]);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('has no accessibility violations on screen or in print, and its stylesheet is allowed by its CSP', async () => {
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.goto(`${api.url}/visits/${planId}/briefing.html`);
    await page.locator('h1').waitFor();
    expect(await page.title()).toBe('Joint visit briefing: Flat above Kestrel Grill - OFFICIAL-SENSITIVE - Lantern');
    expect(
      await page
        .locator('.marking')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(11, 12, 12)');
    expect(refused).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.getByRole('cell', { name: 'Manager, Owner' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.actions').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('serves the downloads beside the web app, whose own /visits/:id page is still the web app', async () => {
    const pdf = await context.request.get(`${api.url}/visits/${planId}/briefing.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const invite = await context.request.get(`${api.url}/visits/${planId}/invite.ics`);
    expect(invite.headers()['content-type']).toContain('text/calendar');
    const app = await context.request.get(`${api.url}/visits/${planId}`);
    expect(app.headers()['content-type']).toContain('text/html');
    expect(await app.text()).toContain('<div id="root">');
  });
});
