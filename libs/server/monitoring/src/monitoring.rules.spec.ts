import { firstReviewOn, monitoringProblems, reviewAfter, reviewProblems } from './monitoring.rules';

const today = '2026-11-23';
const valid = { reason: 'Closed after a joint visit', reviewSchedule: 'MONTHLY', endsOn: '2027-11-23' };
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('starting a monitoring', () => {
  it('accepts a reason, a schedule and an end within three years', () => {
    expect(monitoringProblems(valid, today)).toEqual([]);
    expect(monitoringProblems({ ...valid, endsOn: '2029-11-23' }, today)).toEqual([]);
  });

  it('needs a reason and a schedule from the list', () => {
    expect(fields(monitoringProblems({ ...valid, reason: ' ', reviewSchedule: 'HOURLY' }, today))).toEqual([
      'reason',
      'reviewSchedule',
    ]);
  });

  it.each([
    ['2026-11-23', 'must be in the future'],
    ['2026-11-22', 'must be in the future'],
    ['2029-11-24', 'Monitoring can last 3 years at most: end it on or before 2029-11-23'],
    ['2027-02-30', 'must be a real date'],
    ['', 'Enter the date monitoring ends'],
  ])('refuses an end on %p', (endsOn, message) => {
    expect(monitoringProblems({ ...valid, endsOn }, today)).toEqual([
      { field: 'endsOn', message: expect.stringContaining(message) },
    ]);
  });

  it('keeps the first review between today and the end', () => {
    expect(monitoringProblems({ ...valid, firstReviewOn: '2026-11-22' }, today)).toEqual([
      { field: 'firstReviewOn', message: 'The first review cannot be in the past' },
    ]);
    expect(monitoringProblems({ ...valid, firstReviewOn: '2027-11-24' }, today)).toEqual([
      { field: 'firstReviewOn', message: 'The first review must be on or before the date monitoring ends' },
    ]);
    expect(monitoringProblems({ ...valid, firstReviewOn: today }, today)).toEqual([]);
  });

  it('reviews first one period from today unless a date was chosen, never after the end', () => {
    expect(firstReviewOn(valid, today)).toBe('2026-12-23');
    expect(firstReviewOn({ ...valid, firstReviewOn: '2026-12-01' }, today)).toBe('2026-12-01');
    expect(firstReviewOn({ ...valid, reviewSchedule: 'QUARTERLY', endsOn: '2027-01-10' }, today)).toBe('2027-01-10');
  });
});

describe('reviewing a monitoring', () => {
  const started = '2026-10-01';
  it('needs findings and an outcome, on a day between the start and today', () => {
    expect(reviewProblems({ findings: 'Quiet', outcome: 'CONTINUE' }, started, today)).toEqual([]);
    expect(fields(reviewProblems({ findings: '', outcome: 'MAYBE' }, started, today))).toEqual(['findings', 'outcome']);
    expect(reviewProblems({ findings: 'x', outcome: 'END', reviewedOn: '2026-11-24' }, started, today)).toEqual([
      { field: 'reviewedOn', message: 'The date of the review cannot be in the future' },
    ]);
    expect(reviewProblems({ findings: 'x', outcome: 'END', reviewedOn: '2026-09-30' }, started, today)).toEqual([
      { field: 'reviewedOn', message: 'The date of the review cannot be before monitoring started' },
    ]);
  });

  it('sets the next review one period on, but not after the end', () => {
    expect(reviewAfter('2026-11-23', 'FORTNIGHTLY', '2027-11-23')).toBe('2026-12-07');
    expect(reviewAfter('2027-11-01', 'MONTHLY', '2027-11-23')).toBe('2027-11-23');
  });
});
