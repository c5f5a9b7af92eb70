import { compareAttendance, orderedObservations, visitRecordProblems } from './visit-record.rules';

// 20:00 on Friday 13 March 2026 in London (GMT).
const now = new Date('2026-03-13T20:00:00Z');
const valid = {
  startedAt: '2026-03-13T18:30',
  endedAt: '2026-03-13T19:45',
  attendingOfficerIds: ['a', 'b'],
  observations: ['BLOCKED_FIRE_ESCAPES', 'CHILDREN_PRESENT'],
  numberOfOccupants: 12,
  notes: 'Rear door chained shut.',
};
const problems = (changes: Partial<typeof valid> & Record<string, unknown>) =>
  Object.fromEntries(visitRecordProblems({ ...valid, ...changes }, now).map((p) => [p.field, p.message]));

describe('visit record rules', () => {
  it('accepts a complete record, and one with only a start and who attended', () => {
    expect(visitRecordProblems(valid, now)).toEqual([]);
    expect(visitRecordProblems({ startedAt: '2026-03-13T18:30', attendingOfficerIds: ['a'] }, now)).toEqual([]);
  });

  it('needs a real start that is not in the future (London time without an offset)', () => {
    expect(problems({ startedAt: ' ' })).toEqual({ startedAt: 'Enter the date and time the visit started' });
    expect(problems({ startedAt: '2026-02-30T18:30', endedAt: '' })).toEqual({
      startedAt: 'The start must be a real date and time',
    });
    expect(problems({ startedAt: '2026-03-13T20:30', endedAt: '' })).toEqual({
      startedAt: 'The start cannot be in the future',
    });
    // 20:01 London is within the clock tolerance of 20:00 UTC in winter.
    expect(problems({ startedAt: '2026-03-13T20:01', endedAt: '' })).toEqual({});
    // In summer London is an hour ahead: 20:30 London on 13 July is 19:30 UTC, before 20:00 UTC.
    expect(
      visitRecordProblems({ ...valid, startedAt: '2026-07-13T20:30', endedAt: '' }, new Date('2026-07-13T20:00:00Z')),
    ).toEqual([]);
  });

  it('needs an end after the start, within 24 hours, and not in the future', () => {
    expect(problems({ endedAt: '2026-03-13T18:30' })).toEqual({ endedAt: 'The end must be after the start' });
    expect(problems({ startedAt: '2026-03-11T18:00', endedAt: '2026-03-12T18:01' })).toEqual({
      endedAt: 'The end must be within 24 hours of the start',
    });
    expect(problems({ endedAt: '2026-03-13T23:00' })).toEqual({ endedAt: 'The end cannot be in the future' });
    expect(problems({ endedAt: 'tonight' })).toEqual({ endedAt: 'The end must be a real date and time' });
  });

  it('takes the number of occupants as a whole number from 0 to 10000', () => {
    expect(problems({ numberOfOccupants: 0 })).toEqual({});
    expect(problems({ numberOfOccupants: 10000 })).toEqual({});
    expect(problems({ numberOfOccupants: -1 })).toEqual({
      numberOfOccupants: 'Number of occupants must be between 0 and 10000',
    });
    expect(problems({ numberOfOccupants: 10001 })).toEqual({
      numberOfOccupants: 'Number of occupants must be between 0 and 10000',
    });
    expect(problems({ numberOfOccupants: 2.5 })).toEqual({
      numberOfOccupants: 'Number of occupants must be a whole number',
    });
  });

  it('takes observations only from the checklist, notes up to 8000 characters, and who attended', () => {
    expect(problems({ observations: ['BEDS_IN_OFFICES', 'DRUGS'] })).toEqual({
      observations: 'Observations must be from the checklist',
    });
    expect(problems({ observations: ['BEDS_IN_OFFICES', 'BEDS_IN_OFFICES'] })).toEqual({
      observations: 'Tick each observation once',
    });
    expect(problems({ notes: 'x'.repeat(8000) })).toEqual({});
    expect(problems({ notes: 'x'.repeat(8001) })).toEqual({ notes: 'Notes must be 8000 characters or fewer' });
    expect(problems({ attendingOfficerIds: [] })).toEqual({
      attendingOfficerIds: 'Select the officers who attended',
    });
    expect(problems({ attendingOfficerIds: ['a', 'a'] })).toEqual({
      attendingOfficerIds: 'Select each officer who attended once',
    });
  });

  it('reports every problem at once', () => {
    expect(
      visitRecordProblems(
        { startedAt: '', numberOfOccupants: -3, notes: 'x'.repeat(9000), attendingOfficerIds: [] },
        now,
      ).map((p) => p.field),
    ).toEqual(['startedAt', 'attendingOfficerIds', 'numberOfOccupants', 'notes']);
  });

  it('keeps observations in checklist order', () => {
    expect(orderedObservations(['BLOCKED_FIRE_ESCAPES', 'CCTV_NOT_WORKING', 'CHILDREN_PRESENT'])).toEqual([
      'CCTV_NOT_WORKING',
      'CHILDREN_PRESENT',
      'BLOCKED_FIRE_ESCAPES',
    ]);
  });

  it('compares planned with actual attendance', () => {
    const planned = [
      { officerId: 'ashgrove', agencyId: 'police' },
      { officerId: 'penhallow', agencyId: 'fire' },
      { officerId: 'brightwell', agencyId: 'licensing' },
    ];
    const attended = [
      { officerId: 'stand-in', agencyId: 'fire' },
      { officerId: 'brightwell', agencyId: 'licensing' },
      { officerId: 'ashgrove', agencyId: 'police' },
    ];
    expect(compareAttendance(planned, attended)).toEqual([
      { officerId: 'ashgrove', agencyId: 'police', planned: true, attended: true },
      { officerId: 'penhallow', agencyId: 'fire', planned: true, attended: false },
      { officerId: 'brightwell', agencyId: 'licensing', planned: true, attended: true },
      { officerId: 'stand-in', agencyId: 'fire', planned: false, attended: true },
    ]);
    expect(compareAttendance([], attended).every((a) => !a.planned && a.attended)).toBe(true);
  });
});
