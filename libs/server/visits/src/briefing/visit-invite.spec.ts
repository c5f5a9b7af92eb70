import { formatVisitTime } from './briefing.rules';
import { samplePack } from './briefing.fixture';
import { renderVisitInvite } from './visit-invite';

const options = { briefingUrl: 'https://lantern.example/visits/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/briefing.html' };

/** The unfolded content lines of an iCalendar text (RFC 5545 3.1). */
function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}
const property = (ics: string, name: string) =>
  icsLines(ics)
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':', name.length) + 1));

describe('the visit as a calendar invite', () => {
  it('has one UID per plan and the plan version as SEQUENCE, so updates replace it', () => {
    const ics = renderVisitInvite(samplePack(), options);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(property(ics, 'UID')).toEqual(['visit-6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f@lantern']);
    expect(property(ics, 'SEQUENCE')).toEqual(['3']);
    expect(property(ics, 'METHOD')).toEqual(['REQUEST']);
    expect(property(ics, 'STATUS')).toEqual(['CONFIRMED']);
    expect(property(ics, 'SUMMARY')).toEqual(['Joint visit: Flat above Quick Bites']);
  });

  it('meets at the rendezvous point and names the premises address in the description', () => {
    const ics = renderVisitInvite(samplePack(), options);
    expect(property(ics, 'LOCATION')).toEqual(['Rear car park\\, Northbridge fire station']);
    const [description] = property(ics, 'DESCRIPTION');
    expect(description).toContain('12 Foundry Walk\\, Northbridge\\, NB1 2AB');
    expect(description).toContain(options.briefingUrl);
    expect(description).toContain('Briefing notes (summary): Enter through the front door together.');
    expect(description).not.toContain('Fire officers check the upstairs rooms first'); // only the first paragraph
    expect(description).not.toContain('Sam Example');
  });

  it('is organised by the coordinator and invites named officers with email, with their answers', () => {
    const ics = renderVisitInvite(samplePack(), options);
    expect(property(ics, 'ORGANIZER')).toEqual(['MAILTO:casey@northbridge.example']);
    const attendees = icsLines(ics).filter((line) => line.startsWith('ATTENDEE'));
    expect(attendees).toHaveLength(2); // Jo Nomail has no email address
    expect(attendees[0]).toContain('PARTSTAT="ACCEPTED"');
    expect(attendees[0]).toContain('CN="Alex Fire (Northbridge Fire and Rescue)":mailto:alex.fire@northbridge.example');
    expect(attendees[1]).toContain('PARTSTAT="DECLINED"');
  });

  it.each([
    // London local time, the instant stored (UTC), and what the invite must say.
    [
      'before the clocks go forward (GMT)',
      '2026-03-27T09:30:00Z',
      'Friday 27 March 2026 at 9:30am',
      '20260327T093000Z',
      '20260327T113000Z',
    ],
    [
      'after the clocks go forward (BST)',
      '2026-03-30T08:30:00Z',
      'Monday 30 March 2026 at 9:30am',
      '20260330T083000Z',
      '20260330T103000Z',
    ],
    [
      'before the clocks go back (BST)',
      '2026-10-23T08:30:00Z',
      'Friday 23 October 2026 at 9:30am',
      '20261023T083000Z',
      '20261023T103000Z',
    ],
    [
      'after the clocks go back (GMT)',
      '2026-10-26T09:30:00Z',
      'Monday 26 October 2026 at 9:30am',
      '20261026T093000Z',
      '20261026T113000Z',
    ],
    [
      'across the night the clocks go back',
      '2026-10-25T00:30:00Z',
      'Sunday 25 October 2026 at 1:30am',
      '20261025T003000Z',
      '20261025T023000Z',
    ],
  ])('writes UTC times for a visit %s', (_, startsAt, london, dtstart, dtend) => {
    const start = new Date(startsAt);
    expect(formatVisitTime(start)).toBe(london);
    const ics = renderVisitInvite(samplePack({}, { startsAt: start, endsAt: null }), options);
    expect(property(ics, 'DTSTART')).toEqual([dtstart]);
    expect(property(ics, 'DTEND')).toEqual([dtend]); // two hours when no end is set
  });

  it('cancels the event when the plan is cancelled, and is tentative while a draft', () => {
    const cancelled = renderVisitInvite(samplePack({}, { status: 'CANCELLED', version: 7 }), options);
    expect(property(cancelled, 'METHOD')).toEqual(['CANCEL']);
    expect(property(cancelled, 'STATUS')).toEqual(['CANCELLED']);
    expect(property(cancelled, 'SEQUENCE')).toEqual(['7']);
    const draft = renderVisitInvite(samplePack({}, { status: 'DRAFT' }), options);
    expect(property(draft, 'STATUS')).toEqual(['TENTATIVE']);
  });

  it('works without a coordinator or officers, and meets at the premises without a rendezvous', () => {
    const ics = renderVisitInvite(samplePack({ coordinator: null, agencies: [] }, { rendezvousPoint: '' }), options);
    expect(property(ics, 'ORGANIZER')).toEqual([]);
    expect(icsLines(ics).some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(property(ics, 'LOCATION')).toEqual(['12 Foundry Walk\\, Northbridge\\, NB1 2AB']);
  });
});
