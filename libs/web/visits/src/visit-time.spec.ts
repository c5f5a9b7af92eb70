import { londonDateAndTime, normaliseTime, timeProblem, visitTimesFrom } from './visit-time';

describe('visit times as users type them', () => {
  it('accepts 24-hour times in the usual ways', () => {
    expect(normaliseTime('22:00')).toBe('22:00');
    expect(normaliseTime('2200')).toBe('22:00');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime(' 07:05 ')).toBe('07:05');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('10pm')).toBeNull();
  });

  it('says what is wrong with a time', () => {
    expect(timeProblem('', 'Start time', true)).toBe('Enter start time');
    expect(timeProblem('', 'End time', false)).toBeNull();
    expect(timeProblem('25:00', 'Start time', true)).toBe(
      'Start time must be a time of day in 24-hour format, like 22:00',
    );
  });

  it('puts an end before the start on the next day, across month ends', () => {
    const date = { day: '31', month: '3', year: '2026' };
    expect(visitTimesFrom(date, '22:00', '01:30')).toEqual({
      startsAt: '2026-03-31T22:00',
      endsAt: '2026-04-01T01:30',
    });
    expect(visitTimesFrom(date, '14:00', '16:00')).toEqual({
      startsAt: '2026-03-31T14:00',
      endsAt: '2026-03-31T16:00',
    });
    expect(visitTimesFrom(date, '14:00', '')).toEqual({ startsAt: '2026-03-31T14:00', endsAt: null });
  });

  it('reads a saved instant in London time, in winter and summer', () => {
    expect(londonDateAndTime('2026-03-13T22:00:00.000Z')).toEqual({
      date: { day: '13', month: '3', year: '2026' },
      time: '22:00',
    });
    expect(londonDateAndTime('2026-07-10T23:30:00.000Z')).toEqual({
      date: { day: '11', month: '7', year: '2026' },
      time: '00:30',
    });
  });
});
