import { AuditEvent } from '@lantern/server/audit';
import { GroupEvent, Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { Reminder } from '@lantern/server/reminders';
import { InformationReport, ReportSubject } from '@lantern/server/intelligence';
import { Person, Premises } from '@lantern/server/premises';
import { DEMO_PASSWORD } from './seed/demo-borough';
import { seedDemoData } from './seed/seed-demo';
import { GraphqlClient, GraphqlResult, startTestApi, TestApi } from './testing';

/** Distinctive, fictional source details: they must never reach anyone but intelligence officers. */
const SOURCE_NAME = 'Zephyrine Quillfeather';
const SOURCE_CONTACT = '07700 900 418, 9 Quillfeather Close';
const REFERRER_CONTACT = 'nadia.referrer-contact@lantern.test';
const RESTRICTED = [SOURCE_NAME, 'Quillfeather', '07700 900 418', REFERRER_CONTACT];

const SUBMIT = `mutation ($input: SubmitReportInput!) { submitInformationReport(input: $input) { id status version feedbackDueAt receivedAt } }`;
const REPORT_FIELDS = `id status version sourceType sourceReliability informationAccuracy handlingCode handlingConditions
  details feedback feedbackGivenAt submittedByMe referringAgency { name }
  subjects { id kind describedName describedNicknames premises { name } vehicle { registration } business { name } }`;

function fieldErrorsOf(result: GraphqlResult) {
  return (result.errors?.[0]?.extensions?.fieldErrors ?? []).map((e) => e.field).sort();
}

/** Everything the API logs during the tests, to show that no source identity reaches a log. */
const logged: string[] = [];
const record = (...parts: unknown[]) => void logged.push(parts.map((p) => JSON.stringify(p)).join(' '));
const recordingLogger = { log: record, error: record, warn: record, debug: record, verbose: record, fatal: record };

describe('information reports and the weekly intelligence meeting through GraphQL', () => {
  let api: TestApi;
  const as: Record<string, GraphqlClient> = {};
  let takeaway: Premises;
  let manager: Person;
  let reportId = '';

  const report = (overrides: Record<string, unknown> = {}) => ({
    becameAwareAt: '2026-11-20T21:30',
    incidentAt: '2026-11-20T20:45',
    referrerJobTitle: 'Licensing enforcement officer',
    referrerContact: REFERRER_CONTACT,
    sourceType: 'MEMBER_OF_PUBLIC',
    sourceName: SOURCE_NAME,
    sourceContact: SOURCE_CONTACT,
    howCameToLight: 'A neighbour stopped me during a licence inspection on Kestrel Parade',
    whoElseKnows: 'Nobody else, as far as I know',
    thirdPartyWillEngage: 'DONT_KNOW',
    sourceReliability: 3,
    informationAccuracy: 2,
    handlingCode: 'C',
    handlingConditions: 'Not to be shared with the premises licence holder',
    details:
      'Two girls of about 14 seen going into the flat above the takeaway after midnight with an older man called "Vic".',
    premisesIds: [takeaway.id],
    people: [{ fullName: 'Victor Hallam Sykes', nicknames: ['Vic'], dateOfBirth: '1979-03-14' }],
    vehicles: [{ registration: 'nb71 qzp', make: 'Ford', colour: 'White' }],
    businesses: [],
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApi({ logger: recordingLogger });
    await seedDemoData(api.database.url);
    for (const [key, email] of Object.entries({
      licensing: 'licensing.officer@lantern.example',
      fire: 'fire.officer@lantern.example',
      intelligence: 'intelligence@lantern.example',
      coordinator: 'coordinator@lantern.example',
      admin: 'admin@lantern.example',
      board: 'board@lantern.example',
    })) {
      as[key] = api.client();
      await as[key].signIn(email, DEMO_PASSWORD);
    }
    takeaway = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Kestrel Parade Takeaway' });
    manager = await api.db.getRepository(Person).findOneByOrFail({ fullName: 'Victor Hallam-Sykes' });
  });
  afterAll(() => api.close());

  it('refuses grades off the form’s scales, with a message per field, and saves nothing', async () => {
    const before = await api.db.getRepository(InformationReport).count();
    const subjectsBefore = await api.db.getRepository(ReportSubject).count();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ sourceReliability: 6, informationAccuracy: 0 }, ['informationAccuracy', 'sourceReliability']],
      [{ sourceReliability: null }, ['sourceReliability']],
      [{ handlingCode: 'C', handlingConditions: '  ' }, ['handlingConditions']],
      [{ handlingCode: 'P' }, ['handlingConditions']],
      // Witnessed by the referrer: no third party to grade, name or ask about.
      [{ sourceType: 'WITNESSED' }, ['sourceContact', 'sourceName', 'sourceReliability', 'thirdPartyWillEngage']],
      [{ becameAwareAt: '2099-01-01T10:00' }, ['becameAwareAt']],
      [{ incidentAt: '2026-11-21T10:00' }, ['incidentAt']],
      [
        { people: [{ nicknames: [] }], vehicles: [{ registration: '!' }] },
        ['people.0.fullName', 'vehicles.0.registration'],
      ],
    ];
    for (const [overrides, fields] of cases) {
      const result = await as.licensing.request(SUBMIT, { input: report(overrides) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldErrorsOf(result)).toEqual(fields);
    }
    // A premises the officer's agency does not take part in is not found, and nothing is kept either.
    const carWash = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Wharfside Hand Car Wash' });
    const hidden = await as.licensing.request(SUBMIT, { input: report({ premisesIds: [carWash.id] }) });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await api.db.getRepository(InformationReport).count()).toBe(before);
    expect(await api.db.getRepository(ReportSubject).count()).toBe(subjectsBefore);
  });

  it('takes a report from any officer, with its links, and owes the referrer feedback in 14 days', async () => {
    const { submitInformationReport: submitted } = await as.licensing.ok<{
      submitInformationReport: { id: string; status: string; feedbackDueAt: string; receivedAt: string };
    }>(SUBMIT, { input: report() });
    reportId = submitted.id;
    expect(submitted.status).toBe('RECEIVED');
    expect(new Date(submitted.feedbackDueAt).getTime() - new Date(submitted.receivedAt).getTime()).toBe(
      14 * 86_400_000,
    );
    const { informationReport } = await as.licensing.ok<{ informationReport: Record<string, unknown> }>(
      `query ($id: ID!) { informationReport(id: $id) { ${REPORT_FIELDS} } }`,
      { id: reportId },
    );
    expect(informationReport).toMatchObject({
      submittedByMe: true,
      handlingCode: 'C',
      referringAgency: { name: 'Northbridge Council – Licensing' },
    });
    const subjects = informationReport['subjects'] as { kind: string }[];
    expect(subjects.map((s) => s.kind).sort()).toEqual(['PERSON', 'PREMISES', 'VEHICLE']);
    // Another agency's officer cannot see it.
    expect(
      (await as.fire.request(`query ($id: ID!) { informationReport(id: $id) { id } }`, { id: reportId })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('shows the source and referrer to intelligence officers alone, and audits reading them', async () => {
    const query = `query ($id: ID!) { informationReport(id: $id) { source { name contact } referrer { name contact } } }`;
    const intel = await as.intelligence.ok<{
      informationReport: { source: { name: string }; referrer: { contact: string } };
    }>(query, { id: reportId });
    expect(intel.informationReport.source.name).toBe(SOURCE_NAME);
    expect(intel.informationReport.referrer.contact).toBe(REFERRER_CONTACT);
    for (const role of ['licensing', 'coordinator', 'admin']) {
      const result = await as[role].request(query, { id: reportId });
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain('Quillfeather');
    }
    const consulted = await api.db
      .getRepository(AuditEvent)
      .findBy({ entityType: 'information_report_source', action: 'CONSULTATION' });
    expect(consulted.some((e) => e.entityIds.includes(reportId))).toBe(true);
  });

  it('suggests the register’s person by name, nickname and date of birth, and links only when confirmed', async () => {
    const { informationReport } = await as.intelligence.ok<{
      informationReport: {
        subjects: { id: string; kind: string; matches: { personId: string; score: number; reasons: string[] }[] }[];
      };
    }>(`query ($id: ID!) { informationReport(id: $id) { subjects { id kind matches { personId score reasons } } } }`, {
      id: reportId,
    });
    const named = informationReport.subjects.find((s) => s.kind === 'PERSON')!;
    expect(named.matches[0]).toMatchObject({ personId: manager.id });
    expect(named.matches[0].reasons).toEqual(expect.arrayContaining(['SAME_NAME', 'NICKNAME', 'SAME_DATE_OF_BIRTH']));
    // Nothing was merged by the suggestion.
    expect((await api.db.getRepository(ReportSubject).findOneByOrFail({ id: named.id })).personId).toBeNull();
    const refused = await as.licensing.request(
      `mutation ($id: ID!) { linkReportPerson(subjectId: $id, input: { personId: "${manager.id}" }) { id } }`,
      { id: named.id },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await as.intelligence.ok(
      `mutation ($id: ID!, $input: LinkReportPersonInput!) { linkReportPerson(subjectId: $id, input: $input) { personId } }`,
      { id: named.id, input: { personId: manager.id, premisesId: takeaway.id, role: 'ASSOCIATE' } },
    );
    // The referrer still sees the person as they described them, not whom the team linked them to.
    const referrerView = await as.licensing.ok<{
      informationReport: { subjects: { kind: string; personId: string | null }[] };
    }>(`query ($id: ID!) { informationReport(id: $id) { subjects { kind personId } } }`, { id: reportId });
    expect(referrerView.informationReport.subjects.find((s) => s.kind === 'PERSON')?.personId).toBeNull();
    const combined = await api.db.getRepository(AuditEvent).findBy({ entityType: 'information_report_subject' });
    expect(combined.map((e) => e.action)).toContain('COMBINATION');
    // The mosaic of the person now shows the report and what it links to.
    const { mosaic } = await as.coordinator.ok<{
      mosaic: {
        reports: { id: string; informationAccuracy: number }[];
        links: {
          kind: string;
          reportCount: number;
          premises: { name: string } | null;
          vehicle: { registration: string } | null;
        }[];
      };
    }>(
      `query ($id: ID!) { mosaic(personId: $id) { reports { id informationAccuracy } links { kind reportCount premises { name } vehicle { registration } } } }`,
      { id: manager.id },
    );
    expect(mosaic.reports.map((r) => r.id)).toEqual([reportId]);
    expect(mosaic.links.map((l) => l.premises?.name ?? l.vehicle?.registration).sort()).toEqual([
      'Kestrel Parade Takeaway',
      'NB71QZP',
    ]);
  });

  it('triages received → assessed → actioned, refusing steps out of order and stale versions', async () => {
    const decide = `mutation ($id: ID!, $version: Int!, $input: DecideReportInput!) { decideInformationReport(id: $id, version: $version, input: $input) { status version } }`;
    const assess = `mutation ($id: ID!, $version: Int!, $input: AssessReportInput!) { assessInformationReport(id: $id, version: $version, input: $input) { status version } }`;
    let version = (await api.db.getRepository(InformationReport).findOneByOrFail({ id: reportId })).version;
    const early = await as.intelligence.request(decide, {
      id: reportId,
      version,
      input: { outcome: 'ACTIONED', reason: 'Too soon' },
    });
    expect(early.errors?.[0]?.message).toMatch(/Assess the report/);
    const badGrade = await as.intelligence.request(assess, {
      id: reportId,
      version,
      input: { sourceReliability: 9, informationAccuracy: 2, handlingCode: 'P' },
    });
    expect(fieldErrorsOf(badGrade)).toEqual(['sourceReliability']);
    const assessed = await as.intelligence.ok<{ assessInformationReport: { status: string; version: number } }>(
      assess,
      {
        id: reportId,
        version,
        input: { sourceReliability: 2, informationAccuracy: 3, handlingCode: 'P', note: 'Corroborated by patrol logs' },
      },
    );
    expect(assessed.assessInformationReport.status).toBe('ASSESSED');
    const stale = await as.intelligence.request(decide, {
      id: reportId,
      version,
      input: { outcome: 'ACTIONED', reason: 'x' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    version = assessed.assessInformationReport.version;
    const noFeedbackYet = await as.intelligence.request(
      `mutation { giveReportFeedback(id: "${reportId}", version: ${version}, feedback: "Thanks") { id } }`,
    );
    expect(noFeedbackYet.errors?.[0]?.message).toMatch(/Decide what becomes/);
    const decided = await as.intelligence.ok<{ decideInformationReport: { status: string; version: number } }>(decide, {
      id: reportId,
      version,
      input: { outcome: 'ACTIONED', reason: 'Taken to the weekly intelligence meeting' },
    });
    expect(decided.decideInformationReport.status).toBe('ACTIONED');
    reportVersion = decided.decideInformationReport.version;
  });
  let reportVersion = 0;

  it('lists reports owed feedback past due, and refuses feedback that names the source', async () => {
    await api.db.query(`UPDATE information_report SET feedback_due_at = now() - interval '1 day' WHERE id = $1`, [
      reportId,
    ]);
    const { reportsAwaitingFeedback } = await as.intelligence.ok<{ reportsAwaitingFeedback: { id: string }[] }>(
      '{ reportsAwaitingFeedback { id } }',
    );
    expect(reportsAwaitingFeedback.map((r) => r.id)).toEqual([reportId]);
    const give = `mutation ($id: ID!, $version: Int!, $feedback: String!) { giveReportFeedback(id: $id, version: $version, feedback: $feedback) { version feedback } }`;
    const leaking = await as.intelligence.request(give, {
      id: reportId,
      version: reportVersion,
      feedback: `Thanks: ${SOURCE_NAME} was spoken to`,
    });
    expect(fieldErrorsOf(leaking)).toEqual(['feedback']);
    // Each intelligence officer is reminded when feedback falls due; giving it cancels the reminders.
    const owed = () =>
      api.db.getRepository(Reminder).findBy({ subjectId: reportId, kind: 'REPORT_FEEDBACK_OWED', status: 'PENDING' });
    const pending = await owed();
    expect(pending.length).toBeGreaterThan(0);
    for (const reminder of pending) {
      expect(reminder.link).toBe(`/reports/${reportId}`);
      for (const secret of [SOURCE_NAME, SOURCE_CONTACT, REFERRER_CONTACT])
        expect(reminder.title).not.toContain(secret);
    }
    await as.intelligence.ok(give, {
      id: reportId,
      version: reportVersion,
      feedback:
        'Thank you. Your report was discussed at the weekly intelligence meeting and partners are acting on it.',
    });
    expect(
      (await as.intelligence.ok<{ reportsAwaitingFeedback: unknown[] }>('{ reportsAwaitingFeedback { id } }'))
        .reportsAwaitingFeedback,
    ).toEqual([]);
    expect(await owed()).toEqual([]);
    // The referrer sees what became of it, and not the reason the team recorded.
    const mine = await as.licensing.ok<{ informationReports: { id: string; status: string; feedback: string }[] }>(
      '{ informationReports(mine: true) { id status feedback } }',
    );
    expect(mine.informationReports.find((r) => r.id === reportId)).toEqual({
      id: reportId,
      status: 'ACTIONED',
      feedback: expect.stringMatching(/weekly intelligence meeting/),
    });
    const triage = await as.licensing.request(`{ informationReports(mine: true) { triage { decisionReason } } }`);
    expect(triage.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('draws the meeting’s agenda from recent reports; a decision forms a group linked to the premises and the meeting', async () => {
    const agencies = await api.db.query(`SELECT id, name FROM agency ORDER BY name`);
    const police = agencies.find((a: { name: string }) => a.name.includes('Police')).id as string;
    const licensing = agencies.find((a: { name: string }) => a.name.includes('Licensing')).id as string;
    const { scheduleIntelligenceMeeting: meeting } = await as.intelligence.ok<{
      scheduleIntelligenceMeeting: {
        id: string;
        items: {
          id: string;
          version: number;
          kind: string;
          reason: string;
          premises: { name: string } | null;
          reports: { id: string }[];
        }[];
      };
    }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleIntelligenceMeeting(input: $input) {
         id items { id version kind reason premises { name } reports { id } } } }`,
      { input: { heldOn: '2026-11-24', attendingAgencyIds: [police, licensing] } },
    );
    // The demo car wash is under monitoring: it is on the agenda, after the reported premises and people.
    const monitored = meeting.items.find((i) => i.premises?.name === 'Wharfside Hand Car Wash')!;
    expect(monitored.reason).toMatch(/^Under monitoring until /);
    expect(meeting.items.indexOf(monitored)).toBeGreaterThan(
      meeting.items.findIndex((i) => i.premises?.name === 'Kestrel Parade Takeaway'),
    );
    const item = meeting.items.find((i) => i.premises?.name === 'Kestrel Parade Takeaway')!;
    expect(item.kind).toBe('PREMISES');
    expect(item.reports.map((r) => r.id)).toContain(reportId);
    expect(item.reason).toMatch(new RegExp(`^${item.reports.length} information reports? since`));
    const minutes = await as.coordinator.ok<{ recordMeetingMinutes: { version: number } }>(
      `mutation ($id: ID!, $version: Int!) { recordMeetingMinutes(itemId: $id, version: $version, minutes: "Partners agreed the flat needs disruption.") { version } }`,
      { id: item.id, version: item.version },
    );
    const decide = `mutation ($id: ID!, $version: Int!, $input: MeetingDecisionInput!) { recordMeetingDecision(itemId: $id, version: $version, input: $input) {
      id kind groupId group { name stage } } }`;
    const groupInput = {
      kind: 'FORM_GROUP',
      text: 'Form a task and finish group to disrupt the takeaway',
      group: {
        name: 'Kestrel Parade disruption',
        objective: 'Stop children being taken to the flat',
        leadAgencyId: licensing,
        memberAgencyIds: [police],
      },
    };
    const incomplete = await as.intelligence.request(decide, {
      id: item.id,
      version: minutes.recordMeetingMinutes.version,
      input: { ...groupInput, group: null },
    });
    expect(fieldErrorsOf(incomplete)).toEqual(['group']);
    const groupsBefore = await api.db.getRepository(TaskAndFinishGroup).count();
    const { recordMeetingDecision: decision } = await as.intelligence.ok<{
      recordMeetingDecision: { id: string; groupId: string; group: { name: string; stage: string } };
    }>(decide, { id: item.id, version: minutes.recordMeetingMinutes.version, input: groupInput });
    expect(decision.group).toEqual({ name: 'Kestrel Parade disruption', stage: 'TASKING' });
    expect(await api.db.getRepository(TaskAndFinishGroup).count()).toBe(groupsBefore + 1);
    const { group } = await as.licensing.ok<{
      group: {
        premises: { name: string }[];
        formedAtMeeting: { meetingId: string; decisionId: string; reportIds: string[] };
      };
    }>(`query ($id: ID!) { group(id: $id) { premises { name } formedAtMeeting { meetingId decisionId reportIds } } }`, {
      id: decision.groupId,
    });
    expect(group.premises.map((p) => p.name)).toEqual(['Kestrel Parade Takeaway']);
    expect(group.formedAtMeeting).toEqual({
      meetingId: meeting.id,
      decisionId: decision.id,
      reportIds: expect.arrayContaining([reportId]),
    });
    const events = await api.db.getRepository(GroupEvent).findBy({ groupId: decision.groupId });
    expect(events.map((e) => e.kind).sort()).toEqual(['FORMED_AT_MEETING', 'GROUP_FORMED']);
    // The same item at its old version is a conflict, and forms nothing.
    const again = await as.intelligence.request(decide, {
      id: item.id,
      version: minutes.recordMeetingMinutes.version,
      input: groupInput,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await api.db.getRepository(TaskAndFinishGroup).count()).toBe(groupsBefore + 1);
  });

  it('turns an agreed action into a task for the owning agency on the item’s premises', async () => {
    const police = (await api.db.query(`SELECT id FROM agency WHERE name LIKE '%Police%'`))[0].id as string;
    const { scheduleIntelligenceMeeting: meeting } = await as.intelligence.ok<{
      scheduleIntelligenceMeeting: {
        items: { id: string; version: number; premises: { id: string; name: string } | null }[];
      };
    }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleIntelligenceMeeting(input: $input) { items { id version premises { id name } } } }`,
      { input: { heldOn: '2026-12-01', attendingAgencyIds: [police] } },
    );
    // The monitored car wash is on every agenda while it is monitored.
    const item = meeting.items.find((i) => i.premises?.name === 'Wharfside Hand Car Wash')!;
    const tasksBefore = await api.db.getRepository(Task).count();
    await as.intelligence.ok(
      `mutation ($id: ID!, $version: Int!, $input: MeetingDecisionInput!) { recordMeetingDecision(itemId: $id, version: $version, input: $input) { id } }`,
      {
        id: item.id,
        version: item.version,
        input: { kind: 'ACTION', text: 'Police licensing to visit after midnight this week', ownerAgencyId: police },
      },
    );
    expect(await api.db.getRepository(Task).count()).toBe(tasksBefore + 1);
    const task = await api.db.getRepository(Task).findOneByOrFail({
      title: 'Meeting action: Police licensing to visit after midnight this week',
    });
    expect(task).toMatchObject({ premisesId: item.premises!.id, ownerAgencyId: police, groupId: null, status: 'OPEN' });
  });

  it('never lets a source identity reach a non-intelligence role: queries, meetings, the mosaic, the audit log and its export', async () => {
    const paths: [string, string][] = [
      ['informationReports', `{ informationReports { ${REPORT_FIELDS} } }`],
      ['informationReport', `{ informationReport(id: "${reportId}") { ${REPORT_FIELDS} } }`],
      ['reportsAwaitingFeedback', `{ reportsAwaitingFeedback { ${REPORT_FIELDS} } }`],
      ['mosaic', `{ mosaic(premisesId: "${takeaway.id}") { reports { ${REPORT_FIELDS} } links { kind id } } }`],
      [
        'meetings',
        `{ intelligenceMeetings { items { reason minutes reports { ${REPORT_FIELDS} } decisions { text } } } }`,
      ],
      ['auditEvents', '{ auditEvents(pageSize: 100) { items { purpose details entityIds } } }'],
    ];
    const leaks: string[] = [];
    for (const role of ['licensing', 'fire', 'coordinator', 'admin', 'board']) {
      for (const [name, query] of paths) {
        const text = JSON.stringify(await as[role].request(query));
        for (const secret of RESTRICTED) if (text.includes(secret)) leaks.push(`${role} ${name}: ${secret}`);
      }
    }
    const csv = await fetch(`${api.url}/audit/export.csv`, { headers: { cookie: as.admin.sessionCookie! } });
    expect(csv.status).toBe(200);
    const exported = await csv.text();
    for (const secret of RESTRICTED) if (exported.includes(secret)) leaks.push(`audit export: ${secret}`);
    // Not in any audit entry at all (whoever reads the log), nor in the group timeline the meeting wrote.
    const [{ audit }] = await api.db.query(
      `SELECT string_agg(purpose || details::text || entity_ids::text, ' ') AS audit FROM audit_event`,
    );
    const [{ timeline }] = await api.db.query(`SELECT string_agg(summary, ' ') AS timeline FROM group_event`);
    for (const secret of RESTRICTED) {
      if (audit.includes(secret)) leaks.push(`audit_event: ${secret}`);
      if (timeline.includes(secret)) leaks.push(`group_event: ${secret}`);
    }
    // Nor in anything the API logged while all of the above ran (it does log: start-up, routes).
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of RESTRICTED) if (logged.some((line) => line.includes(secret))) leaks.push(`log: ${secret}`);
    expect(leaks).toEqual([]);
    // And the intelligence officer does see it, so the sweep above is looking in the right places.
    const intel = JSON.stringify(await as.intelligence.request(`{ informationReports { source { name } } }`));
    expect(intel).toContain(SOURCE_NAME);
  });

  it('alerts the coordinator when a report names a monitored premises, never naming its source or referrer', async () => {
    const carWash = await api.db.getRepository(Premises).findOneByOrFail({ name: 'Wharfside Hand Car Wash' });
    const { submitInformationReport: submitted } = await as.intelligence.ok<{
      submitInformationReport: { id: string };
    }>(SUBMIT, { input: report({ premisesIds: [carWash.id], people: [], vehicles: [] }) });
    const alerts = await as.coordinator.ok<{
      myMonitoringAlerts: { source: string; sourceId: string; summary: string }[];
    }>('{ myMonitoringAlerts { source sourceId summary } }');
    const alert = alerts.myMonitoringAlerts.find((a) => a.sourceId === submitted.id)!;
    expect(alert).toEqual({
      source: 'INFORMATION_REPORT',
      sourceId: submitted.id,
      summary: 'An information report names Wharfside Hand Car Wash',
    });
    const stored = JSON.stringify(await api.db.query('SELECT * FROM monitoring_alert'));
    for (const secret of [SOURCE_NAME, SOURCE_CONTACT, REFERRER_CONTACT]) expect(stored).not.toContain(secret);
  });

  it('puts reports and the meeting on the premises timeline for those who read intelligence; a referrer sees their own', async () => {
    const { submitInformationReport: other } = await as.intelligence.ok<{ submitInformationReport: { id: string } }>(
      SUBMIT,
      { input: report({ people: [], vehicles: [] }) },
    );
    const TIMELINE = `query ($id: ID!) { premises(id: $id) { timeline { kind title detail path } } }`;
    type Timeline = { premises: { timeline: { kind: string; title: string; detail: string; path: string }[] } };
    const coordinatorView = (await as.coordinator.ok<Timeline>(TIMELINE, { id: takeaway.id })).premises.timeline;
    const paths = coordinatorView.map((entry) => `${entry.kind} ${entry.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([`REPORT_RECEIVED /reports/${reportId}`, `REPORT_RECEIVED /reports/${other.id}`]),
    );
    expect(coordinatorView.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['MEETING_ITEM', 'MEETING_DECISION']),
    );
    const referrerView = (await as.licensing.ok<Timeline>(TIMELINE, { id: takeaway.id })).premises.timeline;
    const reports = referrerView.filter((entry) => entry.kind === 'REPORT_RECEIVED').map((entry) => entry.path);
    expect(reports).toContain(`/reports/${reportId}`);
    expect(reports).not.toContain(`/reports/${other.id}`);
    expect(referrerView.some((entry) => entry.kind.startsWith('MEETING_'))).toBe(false);
    for (const view of [coordinatorView, referrerView])
      for (const secret of [SOURCE_NAME, SOURCE_CONTACT, REFERRER_CONTACT])
        expect(JSON.stringify(view)).not.toContain(secret);
  });
});
