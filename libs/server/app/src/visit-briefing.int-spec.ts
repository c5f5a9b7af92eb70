import { randomUUID } from 'node:crypto';
import { AuditEvent, verifyAuditChain } from '@lantern/server/audit';
import type { Agency, Officer } from '@lantern/server/agencies';
import { SESSION_COOKIE } from '@lantern/server/identity';
import type { Person, Premises, Vehicle } from '@lantern/server/premises';
import { pdfText, VisitPlan } from '@lantern/server/visits';
import { createVisitBriefingFixture, startTestApi, TestApi } from './testing';

/** The briefing pack downloads, through real HTTP against the API and PostgreSQL. */
describe('visit briefing pack and calendar invite', () => {
  let api: TestApi;
  let coordinatorCookie: string;
  let coordinatorId: string;
  let coordinatorEmail: string;
  let fire: Agency;
  let licensing: Agency;
  let plan: VisitPlan;
  let premises: Premises;
  let person: Person;
  let vehicle: Vehicle;
  let fireOfficer: Officer;

  const get = (path: string, cookie: string | null = coordinatorCookie) =>
    fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });

  const disclosuresOf = (planId: string) =>
    api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id: planId })
      .andWhere("e.action = 'DISCLOSURE'")
      .orderBy('e.sequence')
      .getMany();

  beforeAll(async () => {
    api = await startTestApi();
    const coordinator = await api.signedIn('COORDINATOR');
    coordinatorCookie = coordinator.client.sessionCookie!;
    coordinatorId = coordinator.user.id;
    coordinatorEmail = coordinator.user.email;
    ({ fire, licensing, premises, person, vehicle, fireOfficer, plan } = await createVisitBriefingFixture(
      api.db,
      coordinatorId,
    ));
  });
  afterAll(() => api.close());

  it('downloads a PDF that says what the pack says', async () => {
    const response = await get(`/visits/${plan.id}/briefing.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lantern-visit-briefing-2026-03-30.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf).join(' ').replace(/\s+/g, ' ');
    for (const expected of [
      'Joint visit briefing: Flat above Kestrel Grill',
      'OFFICIAL-SENSITIVE',
      'Young people seen entering late at night.',
      'Smithy',
      vehicle.registration,
      'Alex Firefighter',
      '07700 900001',
      'Test prohibition notice',
      'Dogs on site. Manager hostile.',
      'Monday 30 March 2026 at 9:30am',
      'Rear car park, Northbridge fire station',
      'Casey Coordinator',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('serves a printable page with every section, every value escaped, and no script', async () => {
    const response = await get(`/visits/${plan.id}/briefing.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = await response.text();
    expect(html).toContain('<html lang="en-GB">');
    for (const heading of [
      'Premises',
      'Concerns',
      'Linked people',
      'Vehicles and businesses',
      'Attending agencies and officers',
      'Powers by agency',
      'Officer safety risks',
      'Rendezvous and time',
      'Briefing notes',
      'Contacts',
    ]) {
      expect(html).toMatch(new RegExp(`<h2 id="[a-z-]+">${heading}</h2>`));
    }
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Smith');
    expect(html).toContain('<td>Manager, Owner</td>');
  });

  it('downloads a calendar invite in UTC, stable per plan, with the officers and their answers', async () => {
    const response = await get(`/visits/${plan.id}/invite.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lantern-visit-2026-03-30.ics"');
    const lines = (await response.text()).replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain(`UID:visit-${plan.id}@lantern`);
    expect(lines).toContain(`SEQUENCE:${plan.version}`);
    expect(plan.version).toBe(2);
    expect(lines).toContain('DTSTART:20260330T083000Z');
    expect(lines).toContain('DTEND:20260330T103000Z');
    expect(lines).toContain('SUMMARY:Joint visit: Flat above Kestrel Grill');
    expect(lines).toContain('LOCATION:Rear car park\\, Northbridge fire station');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(`/visits/${plan.id}/briefing.html`);
    expect(lines.find((l) => l.startsWith('ORGANIZER'))).toBe(
      `ORGANIZER;CN="Casey Coordinator":MAILTO:${coordinatorEmail}`,
    );
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toHaveLength(2);
    expect(attendees.find((a) => a.endsWith(':mailto:alex@briefing.test'))).toContain('PARTSTAT="ACCEPTED"');
    expect(attendees.find((a) => a.endsWith(':mailto:lee@briefing.test'))).toContain('PARTSTAT="NEEDS-ACTION"');
    expect(lines[lines.length - 2]).toBe('END:VCALENDAR');
  });

  it('records each download as a disclosure to the attending agencies, with the ids it carried', async () => {
    const before = (await disclosuresOf(plan.id)).length;
    for (const format of ['briefing.pdf', 'briefing.html', 'invite.ics']) {
      expect((await get(`/visits/${plan.id}/${format}`)).status).toBe(200);
    }
    const events = (await disclosuresOf(plan.id)).slice(before);
    expect(events.map((e) => e.purpose)).toEqual([
      'Visit plan: briefing pack (PDF)',
      'Visit plan: briefing pack (printable page)',
      'Visit plan: briefing pack (calendar invite)',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        action: 'DISCLOSURE',
        entityType: 'visit_plan',
        userId: coordinatorId,
      });
      expect(event.entityIds).toEqual(
        expect.arrayContaining([plan.id, premises.id, person.id, vehicle.id, fireOfficer.id]),
      );
      expect([...event.recipients].sort()).toEqual([fire.id, licensing.id].sort());
      expect(JSON.stringify(event.details)).not.toContain('Smith');
    }
  });

  it('keeps the audit chain whole when many download at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => get(`/visits/${plan.id}/${i % 2 ? 'invite.ics' : 'briefing.html'}`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await verifyAuditChain(api.db)).broken).toBeNull();
  });

  it('lets officers of member agencies download it, and administrators and intelligence officers', async () => {
    for (const [role, agencyId] of [
      ['AGENCY_OFFICER', licensing.id],
      ['ADMINISTRATOR', undefined],
      ['INTELLIGENCE_OFFICER', undefined],
    ] as const) {
      const { client } = await api.signedIn(role, { agencyId });
      const response = await get(`/visits/${plan.id}/briefing.html`, client.sessionCookie);
      expect({ role, status: response.status }).toEqual({ role, status: 200 });
    }
  });

  it('answers 404 to those who may not see it, whatever the format, and records nothing', async () => {
    const outsider = await api.signedIn('AGENCY_OFFICER', { agencyType: 'POLICE' });
    const board = await api.signedIn('BOARD_MEMBER', { agencyId: fire.id });
    const before = (await disclosuresOf(plan.id)).length;
    for (const cookie of [outsider.client.sessionCookie, board.client.sessionCookie]) {
      for (const format of ['briefing.pdf', 'briefing.html', 'invite.ics']) {
        const response = await get(`/visits/${plan.id}/${format}`, cookie);
        expect({ format, status: response.status }).toEqual({ format, status: 404 });
        expect(await response.json()).toEqual({
          code: 'NOT_FOUND',
          message: 'The visit plan was not found, or you do not have access to it.',
        });
      }
    }
    expect(await disclosuresOf(plan.id)).toHaveLength(before);
  });

  it('answers 404 for an unknown or malformed id, and 401 without a session', async () => {
    expect((await get(`/visits/${randomUUID()}/briefing.pdf`)).status).toBe(404);
    expect((await get(`/visits/not-a-uuid/briefing.pdf`)).status).toBe(404);
    expect((await get(`/visits/${plan.id}'--/invite.ics`)).status).toBe(404);
    for (const format of ['briefing.pdf', 'briefing.html', 'invite.ics']) {
      const response = await get(`/visits/${plan.id}/${format}`, null);
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect((await get(`/visits/${plan.id}/briefing.pdf`, `${SESSION_COOKIE}=forged`)).status).toBe(401);
  });
});
