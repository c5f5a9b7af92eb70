import type { Browser } from 'playwright-core';
import type { TestApi } from '@lantern/server/app/testing';
import { TaskAndFinishGroup } from '@lantern/server/groups';
import { expectNoAxeViolations, signIn, startDemoApp } from './browser';

const SOURCE = 'Elowen Trevasko';
const FEEDBACK = 'Thank you. Partners formed a task and finish group for the takeaway after the weekly meeting.';

/**
 * One report's journey: a licensing officer sends it from a phone, the intelligence officer triages it, the weekly
 * intelligence meeting forms a task and finish group for the premises, and the referrer reads the feedback.
 */
describe('an information report from a phone to a task and finish group', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    ({ api, browser } = await startDemoApp());
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('goes from the licensing officer’s phone through triage to a meeting decision, and back as feedback', async () => {
    // The licensing officer, on a phone.
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const officer = await phone.newPage();
    await signIn(officer, api.url, 'licensing.officer@lantern.example');
    await officer.getByRole('link', { name: 'Submit an information report' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Submit an information report' }).waitFor();
    await expectNoAxeViolations(officer);
    await officer.getByLabel('Your job title').fill('Licensing enforcement officer');
    await officer.getByLabel('Your contact details').fill('01632 960 777');
    await officer.getByLabel('Member of public').check();
    await officer.getByLabel('Who the information is from (optional)').fill(SOURCE);
    await officer.getByLabel('Don’t know').check();
    await officer.getByLabel('3 – Sometimes reliable').check();
    await officer.getByLabel('2 – Known personally to the source but not to the officer').check();
    await officer.getByLabel('P – May be shared (lawful sharing permitted)').check();
    await officer
      .getByLabel('How did this information come to light?')
      .fill('A neighbour stopped me on Kestrel Parade');
    await officer
      .getByLabel('Details', { exact: true })
      .fill('Girls of about 14 taken up to the flat above the takeaway after midnight.');
    await officer.getByLabel('Find a premises').fill('Kestrel');
    await officer.getByRole('button', { name: /Add Kestrel Parade Takeaway/ }).click();
    await officer.getByLabel('A person’s name').fill('Liam Threlkeld');
    await expectNoAxeViolations(officer);
    await officer.getByRole('button', { name: 'Send the report' }).click();
    await officer.getByText('Your information report has been sent to the specialist team').waitFor();
    const reportUrl = officer.url();
    await officer.getByText('The specialist team has received your report.').waitFor();
    await expectNoAxeViolations(officer);

    // The intelligence officer triages it, sees the source, and takes the premises to the weekly meeting.
    const desk = await browser.newContext();
    const intel = await desk.newPage();
    await signIn(intel, api.url, 'intelligence@lantern.example');
    await intel.goto(reportUrl);
    await intel.getByRole('heading', { level: 2, name: 'Source and referrer (specialist team only)' }).waitFor();
    await intel.getByText(SOURCE).waitFor();
    await intel.getByText(/May be Liam Threlkeld/).waitFor();
    // The place above the takeaway turns out to be in the register too: the report is linked to it as well.
    await intel.getByText('Link the report to a premises in the register').click();
    await intel.getByLabel('Find the premises').fill('Millbrook');
    await intel.getByRole('button', { name: 'Search premises' }).click();
    await intel.getByRole('button', { name: 'Link Flat 2, Millbrook House' }).click();
    await intel.getByText('The report is now linked to Flat 2, Millbrook House').waitFor();
    await intel.getByRole('link', { name: 'Flat 2, Millbrook House' }).first().waitFor();
    await expectNoAxeViolations(intel);
    await intel.getByRole('button', { name: 'Mark as assessed' }).click();
    await intel.getByLabel('Actioned', { exact: true }).check();
    await intel.getByLabel('Reason', { exact: true }).fill('Taken to the weekly intelligence meeting');
    await intel.getByRole('button', { name: 'Record the decision' }).click();
    await intel.getByRole('heading', { level: 2, name: 'Feedback to the referrer' }).waitFor();

    await intel.getByRole('link', { name: 'The mosaic of Kestrel Parade Takeaway' }).click();
    await intel.getByRole('heading', { level: 1, name: /The mosaic/ }).waitFor();
    await expectNoAxeViolations(intel);

    await intel.goto(`${api.url}/meetings`);
    await intel.getByRole('heading', { level: 1, name: 'Weekly intelligence meetings' }).waitFor();
    await intel.getByLabel('Northbridge Council – Licensing').check();
    await intel.getByLabel('Northshire Police – Northbridge CSE Team').check();
    await expectNoAxeViolations(intel);
    await intel.getByRole('button', { name: 'Schedule the meeting' }).click();
    await intel.getByRole('heading', { level: 1, name: /Intelligence meeting of/ }).waitFor();
    // A partner raises a premises no report brought.
    await intel.getByText('Add a premises to the agenda').click();
    await intel.getByLabel('Why it is raised (optional)').fill('Youth workers report young people gathering late');
    await intel.getByLabel('Find the premises').fill('Shisha');
    await intel.getByRole('button', { name: 'Search premises' }).click();
    await intel.getByRole('button', { name: 'Add to the agenda Lantern Row Shisha Lounge' }).click();
    await intel.getByText('Lantern Row Shisha Lounge is on the agenda').waitFor();
    await intel
      .getByRole('region', { name: /Lantern Row Shisha Lounge/ })
      .getByText('Youth workers report young people gathering late')
      .waitFor();
    const item = intel.getByRole('region', { name: /Kestrel Parade Takeaway/ });
    await item.getByText(/information reports? since/).waitFor();
    await expectNoAxeViolations(intel);
    await item.getByLabel('Minutes of Kestrel Parade Takeaway').fill('Partners agree the flat needs disruption.');
    await item.getByRole('button', { name: 'Save the minutes' }).click();
    await item.getByText('Minutes saved').waitFor();
    await item.getByLabel('Form a task and finish group').check();
    await item.getByLabel('What was decided').fill('Form a group to disrupt the takeaway and the flat above it');
    await item.getByLabel('Objective').fill('Stop children being taken to the flat above the takeaway');
    await item.getByLabel('Lead agency').selectOption({ label: 'Northbridge Council – Licensing' });
    await item.getByRole('button', { name: 'Record the decision' }).click();
    await item.getByRole('link', { name: 'Kestrel Parade Takeaway disruption' }).click();
    await intel.getByRole('heading', { level: 1, name: /Kestrel Parade Takeaway disruption/ }).waitFor();
    const group = await api.db
      .getRepository(TaskAndFinishGroup)
      .findOneByOrFail({ name: 'Kestrel Parade Takeaway disruption' });
    expect(group.stage).toBe('TASKING');

    await intel.goto(reportUrl);
    await intel.getByLabel('What the referrer is told').fill(FEEDBACK);
    await intel.getByRole('button', { name: 'Send feedback' }).click();
    await intel.getByLabel('Feedback from the specialist team').waitFor();

    // The referrer sees what became of it, without the restricted details.
    await officer.goto(`${api.url}/reports`);
    await officer.getByRole('heading', { level: 2, name: 'Your reports' }).waitFor();
    await expectNoAxeViolations(officer);
    await officer.goto(reportUrl);
    await officer.getByText(FEEDBACK).waitFor();
    await officer.getByText('Your report has led to action.').waitFor();
    expect(await officer.content()).not.toContain(SOURCE);
    await phone.close();
    await desk.close();
  });
});
