import {
  briefingFileName,
  briefingScope,
  formatVisitEnd,
  formatVisitTime,
  isRecordId,
  londonDate,
  summarise,
  visitEndsAt,
} from './briefing.rules';

describe('who may take a briefing pack out of Lantern', () => {
  it.each(['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'] as const)('%s: any plan', (role) => {
    expect(briefingScope({ role, agencyId: 'a' })).toEqual({ kind: 'ANY_PLAN' });
  });

  it('an agency officer: plans of the groups their agency is a member of', () => {
    expect(briefingScope({ role: 'AGENCY_OFFICER', agencyId: 'agency-1' })).toEqual({
      kind: 'MEMBER_AGENCY',
      agencyId: 'agency-1',
    });
  });

  it('board members, unknown roles and no one: never', () => {
    expect(briefingScope({ role: 'BOARD_MEMBER', agencyId: 'a' })).toEqual({ kind: 'NONE' });
    expect(briefingScope({ role: 'SOMETHING_NEW' as never, agencyId: 'a' })).toEqual({ kind: 'NONE' });
    expect(briefingScope(null)).toEqual({ kind: 'NONE' });
  });
});

describe('record ids', () => {
  it('accepts UUIDs only', () => {
    expect(isRecordId('6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f')).toBe(true);
    expect(isRecordId('6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F')).toBe(true);
    expect(isRecordId('not-a-uuid')).toBe(false);
    expect(isRecordId("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' OR 1=1")).toBe(false);
    expect(isRecordId('')).toBe(false);
  });
});

describe('visit times in Europe/London', () => {
  it('reads a winter (GMT) time with its weekday', () => {
    expect(formatVisitTime(new Date('2026-11-27T21:30:00Z'))).toBe('Friday 27 November 2026 at 9:30pm');
  });

  it('reads a summer (BST) time an hour ahead of UTC', () => {
    expect(formatVisitTime(new Date('2026-07-03T08:05:00Z'))).toBe('Friday 3 July 2026 at 9:05am');
  });

  it('shows just the time of an end on the same London day, and the full date otherwise', () => {
    const start = new Date('2026-11-27T21:30:00Z');
    expect(formatVisitEnd(start, new Date('2026-11-27T23:00:00Z'))).toBe('11:00pm');
    expect(formatVisitEnd(start, new Date('2026-11-28T00:30:00Z'))).toBe('Saturday 28 November 2026 at 12:30am');
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(formatVisitEnd(new Date('2026-06-30T20:00:00Z'), new Date('2026-06-30T23:30:00Z'))).toBe(
      'Wednesday 1 July 2026 at 12:30am',
    );
  });

  it('plans a visit without an end as two hours long, in real time across the clock change', () => {
    // 00:30 GMT on the night the clocks go forward; two hours later it is 3:30am BST.
    const start = new Date('2026-03-29T00:30:00Z');
    const end = visitEndsAt(start, null);
    expect(end.toISOString()).toBe('2026-03-29T02:30:00.000Z');
    expect(formatVisitEnd(start, end)).toBe('3:30am');
    const given = new Date('2026-03-29T01:00:00Z');
    expect(visitEndsAt(start, given)).toBe(given);
  });

  it('names files by the London date', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(briefingFileName('pdf', new Date('2026-06-30T23:30:00Z'))).toBe('lantern-visit-briefing-2026-07-01.pdf');
    expect(briefingFileName('ics', new Date('2026-12-31T23:30:00Z'))).toBe('lantern-visit-2026-12-31.ics');
  });
});

describe('summaries', () => {
  it('keeps a short first paragraph whole, on one line', () => {
    expect(summarise('Meet at the back.\nBring torches.\n\nSecond paragraph.', 100)).toBe(
      'Meet at the back. Bring torches.',
    );
  });

  it('cuts a long one at a word boundary', () => {
    expect(summarise('one two three four five six seven', 16)).toBe('one two three…');
  });

  it('is empty for empty notes', () => {
    expect(summarise('  \n ', 10)).toBe('');
  });
});

describe('noon and midnight', () => {
  it('reads as 12, never 0', () => {
    expect(formatVisitTime(new Date('2026-11-28T12:30:00Z'))).toBe('Saturday 28 November 2026 at 12:30pm');
    expect(formatVisitTime(new Date('2026-11-28T00:00:00Z'))).toBe('Saturday 28 November 2026 at 12:00am');
  });
});
