import {
  parseReportPeriod,
  postcodeDistrictProblem,
  previousReportPeriod,
  quarterKeyOf,
  recentReportPeriods,
  ReportPeriod,
} from './report-period';

const period = (key: string) => parseReportPeriod(key) as ReportPeriod;

describe('board report periods', () => {
  it.each([
    ['2026', 'YEAR', '2026-01-01', '2026-12-31', '2026'],
    ['2026-Q1', 'QUARTER', '2026-01-01', '2026-03-31', 'January to March 2026'],
    ['2026-q4', 'QUARTER', '2026-10-01', '2026-12-31', 'October to December 2026'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29', 'February 2024'],
    ['2026-09-01..2026-10-15', 'RANGE', '2026-09-01', '2026-10-15', '1 September 2026 to 15 October 2026'],
  ])('reads %s', (key, kind, from, to, label) => {
    expect(period(key)).toMatchObject({ kind, from, to, label });
  });

  it.each(['', '26', '2026-13', '2026-Q5', '1999', '2026-02-30..2026-03-01', 'last quarter'])('refuses %s', (key) => {
    expect(parseReportPeriod(key)).toHaveProperty('problem');
  });

  it('refuses a range that ends before it starts or is longer than 5 years', () => {
    expect(parseReportPeriod('2026-03-01..2026-02-01')).toEqual({
      problem: 'The period must end on or after the day it starts',
    });
    expect(parseReportPeriod('2010-01-01..2026-01-01')).toEqual({ problem: 'A period can be at most 5 years long' });
  });

  it.each([
    ['2026-01', '2025-12'],
    ['2026-03', '2026-02'],
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026', '2025'],
    ['2026-09-01..2026-09-10', '2026-08-22..2026-08-31'],
    ['2024-03-01..2024-03-01', '2024-02-29..2024-02-29'],
  ])('puts the period before %s at %s', (key, previous) => {
    expect(previousReportPeriod(period(key)).key).toBe(previous);
  });

  it('defaults to the quarter of a date and offers recent periods, newest first', () => {
    expect(quarterKeyOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterKeyOf('2026-01-01')).toBe('2026-Q1');
    const keys = recentReportPeriods('2026-11-23').map((p) => p.key);
    expect(keys.slice(0, 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
    expect(keys).toContain('2026-11');
    expect(keys).toContain('2025-12');
    expect(keys.slice(-3)).toEqual(['2026', '2025', '2024']);
  });

  it('takes a postcode district as the area', () => {
    expect(postcodeDistrictProblem('NB1')).toBeNull();
    expect(postcodeDistrictProblem('NB12')).toBeNull();
    expect(postcodeDistrictProblem('NB1 2AB')).toBe('Enter the area as a postcode district, like NB1');
  });
});
