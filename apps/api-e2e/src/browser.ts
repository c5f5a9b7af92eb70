import { chromium, Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, seedDemoData } from '@lantern/server/app';
import { startTestApi, TestApi } from '@lantern/server/app/testing';

/** Debian's Chromium driven by playwright-core (never a downloaded browser), as root and offline. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'];
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the browser tests with `npm test`.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Fails with the list of violations when axe finds any on the page, once its requests have settled. Legacy mode runs
 * axe in the page itself rather than finishing in a new blank page, which halves its time; it only loses
 * cross-origin iframes, and the app has no iframes.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const violations = await axeViolations(page);
  expect({ url: page.url(), violations }).toEqual({ url: page.url(), violations: [] });
}

/** What axe finds on the page as it is now, one line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Opens each path in turn and runs axe on it once its main heading is shown. */
export async function expectPagesAccessible(page: Page, baseUrl: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    await page.locator('h1').first().waitFor();
    await expectNoAxeViolations(page);
  }
}

/** Signs in through the sign-in page with a demo account, and waits until the app shows who is signed in. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The built web app (`npm test` builds it and names the folder in WEB_DIST_PATH). */
export function webDistPath(): string {
  const path = process.env['WEB_DIST_PATH'];
  if (!path)
    throw new Error('WEB_DIST_PATH is not set: run the browser tests with `npm test`, which builds the web app.');
  return path;
}

/** The real API serving the built web app over its own copy of the database with the demo borough, and Chromium. */
export async function startDemoApp(): Promise<{ api: TestApi; browser: Browser }> {
  const api = await startTestApi({ webDistPath: webDistPath() });
  await seedDemoData(api.database.url);
  return { api, browser: await launchChromium() };
}
