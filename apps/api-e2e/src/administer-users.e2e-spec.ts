import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

/** The administrator adds the housing officer as a user, who signs in; then disables them, and their session ends. */
describe('administering users in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('adds a user who can then sign in, and disabling them ends their session', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, api.url, 'admin@lantern.example');
    await admin.getByRole('link', { name: 'Users', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await admin.getByRole('link', { name: 'Add user' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Add user' }).waitFor();

    await admin.getByLabel('Name').fill('Imran Feltham');
    await admin.getByLabel('Work email address').fill('imran.feltham@lantern.example');
    await admin.getByLabel('Role').selectOption({ label: 'Agency officer' });
    await admin.getByLabel('Agency').selectOption({ label: 'Northbridge Council – Strategic Housing' });
    await admin.getByLabel('Officer record (optional)').selectOption({ label: 'Imran Feltham' });
    await admin.getByLabel('First password').fill('too short');
    await admin.getByRole('button', { name: 'Add user' }).click();
    await admin.getByRole('link', { name: 'Password must be 12 characters or more' }).waitFor();
    await expectNoAxeViolations(admin);
    expect(await admin.getByLabel('Name').inputValue()).toBe('Imran Feltham'); // nothing typed is lost

    await admin.getByLabel('First password').fill('housing-officer-2026');
    await admin.getByRole('button', { name: 'Add user' }).click();
    await admin.getByText('Imran Feltham has been added').waitFor();
    await expectNoAxeViolations(admin);

    const officer = await (await browser.newContext()).newPage();
    await signIn(officer, api.url, 'imran.feltham@lantern.example', 'housing-officer-2026');
    await officer.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My tasks' }).waitFor();

    await admin.getByRole('button', { name: 'Disable – Imran Feltham' }).click();
    await admin.getByText('Imran Feltham can no longer sign in').waitFor();
    await officer.reload();
    await officer.getByRole('button', { name: 'Sign in' }).waitFor(); // the session ended at once
    await admin.context().close();
    await officer.context().close();
  });
});
