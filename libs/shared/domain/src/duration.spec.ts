import { durationInWords, isoDurationProblem } from './duration';

describe('durations in words', () => {
  it.each([
    ['P2Y', '2 years'],
    ['P1Y', '1 year'],
    ['P3M', '3 months'],
    ['P28D', '28 days'],
    ['PT48H', '48 hours'],
    ['P2W', '2 weeks'],
    ['P1Y6M', '1 year and 6 months'],
    ['P1Y2M3D', '1 year, 2 months and 3 days'],
  ])('reads %s as %s', (iso, words) => expect(durationInWords(iso)).toBe(words));

  it('leaves anything else as it was', () => {
    expect(durationInWords('soon')).toBe('soon');
    expect(durationInWords('P')).toBe('P');
    expect(durationInWords(null)).toBe('');
  });
});

describe('checking durations', () => {
  it('accepts periods and blanks, refuses anything else', () => {
    expect(isoDurationProblem('P2Y', 'Minimum duration')).toBeNull();
    expect(isoDurationProblem('pt48h', 'Notice period')).toBeNull();
    expect(isoDurationProblem('', 'Notice period')).toBeNull();
    expect(isoDurationProblem('2 years', 'Minimum duration')).toMatch(/^Minimum duration must be a period/);
    expect(isoDurationProblem('P0D', 'Minimum duration')).toMatch(/must be a period/);
  });
});
