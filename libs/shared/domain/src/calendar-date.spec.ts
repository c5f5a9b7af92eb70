import {
  calendarDateFromParts,
  calendarDateParts,
  calendarDatePartsProblem,
  formatCalendarDate,
  formatDateTimeInLondon,
  isoDateProblem,
} from './calendar-date';

describe('calendar dates', () => {
  it('joins real dates and refuses impossible ones', () => {
    expect(calendarDateFromParts({ day: '20', month: '10', year: '2014' })).toBe('2014-10-20');
    expect(calendarDateFromParts({ day: '31', month: '2', year: '2014' })).toBeNull();
    expect(calendarDateFromParts({ day: '', month: '', year: '' })).toBeNull();
  });

  it('splits a date for the day, month and year boxes', () => {
    expect(calendarDateParts('2014-01-05')).toEqual({ day: '5', month: '1', year: '2014' });
    expect(calendarDateParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('says what is wrong', () => {
    expect(calendarDatePartsProblem({ day: '', month: '', year: '' }, 'Date of birth')).toBeNull();
    expect(calendarDatePartsProblem({ day: '1', month: '', year: '2000' }, 'Date of birth')).toBe(
      'Date of birth must include a day, month and year',
    );
    expect(calendarDatePartsProblem({ day: '1', month: '1', year: '99' }, 'Date of birth')).toBe(
      'Year must include 4 numbers',
    );
    expect(calendarDatePartsProblem({ day: '30', month: '2', year: '2000' }, 'Date of birth')).toBe(
      'Date of birth must be a real date',
    );
  });

  it('reads dates and times for people in the UK', () => {
    expect(formatCalendarDate('2014-10-20')).toBe('20 October 2014');
    expect(formatDateTimeInLondon('2019-07-03T09:54:33Z')).toBe('3 July 2019 at 10:54am');
    // Half past noon and midnight read 12:30, not 0:30.
    expect(formatDateTimeInLondon('2026-11-23T12:30:00Z')).toBe('23 November 2026 at 12:30pm');
    expect(formatDateTimeInLondon('2026-11-23T00:30:00Z')).toBe('23 November 2026 at 12:30am');
  });
});

describe('dates typed as YYYY-MM-DD', () => {
  it('says what is wrong', () => {
    expect(isoDateProblem('2014-10-20', 'The date it took effect', true)).toBeNull();
    expect(isoDateProblem('', 'The date it took effect', true)).toBe('Enter the date it took effect');
    expect(isoDateProblem('', 'The date it ended')).toBeNull();
    expect(isoDateProblem('2014-02-30', 'The date it ended')).toBe(
      'The date it ended must be a real date, like 2014-10-20',
    );
  });
});
