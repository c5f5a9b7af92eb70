import { isReviewOverdue, nextReviewOn, premisesStatusWhenMonitored } from './monitoring';

describe('the next review of a monitoring', () => {
  it.each([
    ['2026-11-23', 'WEEKLY', '2026-11-30'],
    ['2026-12-28', 'FORTNIGHTLY', '2027-01-11'],
    ['2026-11-23', 'MONTHLY', '2026-12-23'],
    ['2027-01-31', 'MONTHLY', '2027-02-28'],
    ['2028-01-31', 'MONTHLY', '2028-02-29'],
    ['2026-11-30', 'QUARTERLY', '2027-02-28'],
    ['2027-03-20', 'WEEKLY', '2027-03-27'],
  ] as const)('from %s, %s, is %s (calendar dates: the clock change does not move them)', (from, schedule, next) =>
    expect(nextReviewOn(from, schedule)).toBe(next),
  );

  it('is overdue only while monitoring is on and its date has passed', () => {
    expect(isReviewOverdue({ status: 'ACTIVE', nextReviewOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isReviewOverdue({ status: 'ACTIVE', nextReviewOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isReviewOverdue({ status: 'ENDED', nextReviewOn: '2026-11-01' }, '2026-11-23')).toBe(false);
  });
});

describe('a premises’ status once monitored', () => {
  it.each([
    ['OF_CONCERN', 'UNDER_MONITORING'],
    ['ACTION_TAKEN', 'UNDER_MONITORING'],
    ['NO_FURTHER_ACTION', 'UNDER_MONITORING'],
    ['UNDER_MONITORING', 'UNDER_MONITORING'],
    ['CLOSED', 'CLOSED'],
    ['UNDER_OPERATION', 'UNDER_OPERATION'],
  ] as const)('%s becomes %s', (from, to) => expect(premisesStatusWhenMonitored(from)).toBe(to));
});
