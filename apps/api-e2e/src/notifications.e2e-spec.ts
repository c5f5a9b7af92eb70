import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { UserAccount } from '@lantern/server/identity';
import { Mailer, Reminder, ReminderDelivery, Reminders } from '@lantern/server/reminders';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

/** A reminder reaches the fire officer: the header counts it, the inbox shows it, and reading it clears the count. */
describe('the notification inbox in the browser', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the unread count in the header and lets the officer read and mark the reminder', async () => {
    const officer = await api.db.getRepository(UserAccount).findOneByOrFail({ email: 'fire.officer@lantern.example' });
    await api.db.transaction((manager) =>
      Reminders.schedule(manager, {
        kind: 'TASK_OVERDUE',
        subjectType: 'e2e',
        subjectId: 'inbox',
        recipient: { type: 'USER', id: officer.id },
        dueAt: new Date(Date.now() - 1000),
        title: 'Task overdue: Check the means of escape',
        link: '/tasks',
      }),
    );
    const reminder = await api.db.getRepository(Reminder).findOneByOrFail({ subjectType: 'e2e' });
    await new ReminderDelivery(api.db, new Mailer(null, ''), api.url).deliver(reminder.id);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, api.url, 'fire.officer@lantern.example');
    const link = page.getByRole('link', { name: 'Notifications 1 unread' });
    await link.waitFor();
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText('You have 1 unread.').waitFor();
    await page.getByRole('link', { name: 'Task overdue: Check the means of escape' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^Mark as read.*Check the means of escape$/ }).click();
    await page.getByText('You have no unread notifications.').waitFor();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await context.close();
  });
});
