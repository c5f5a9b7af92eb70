import { formatCalendarDate, MONTHS } from './calendar-date';
/**
 * Board report periods (issue 8): a calendar month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or a range of
 * London dates (`2026-09-01..2026-10-15`, both days included). The key is what the dashboard keeps in its URL.
 * The previous period is the one of the same kind just before; for a range, as many days ending the day before.
 */
export type ReportPeriodKind = 'MONTH' | 'QUARTER' | 'YEAR' | 'RANGE';

export interface ReportPeriod {
  key: string;
  kind: ReportPeriodKind;
  /** First London date in the period (YYYY-MM-DD). */
  from: string;
  /** Last London date in the period, included. */
  to: string;
  label: string;
}

const DAY_MS = 86_400_000;
/** Reports reach back no further than this: older keys are almost certainly typing mistakes. */
const EARLIEST_YEAR = 2000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Adds days to a YYYY-MM-DD date. */
export function addDaysToIsoDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from one date to another (0 for the same day). */
export function daysBetweenIsoDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function validIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return year >= EARLIEST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function month(year: number, m: number): ReportPeriod {
  return {
    key: `${year}-${pad(m)}`,
    kind: 'MONTH',
    from: isoDate(year, m, 1),
    to: isoDate(year, m, daysInMonth(year, m)),
    label: `${MONTHS[m - 1]} ${year}`,
  };
}

function quarter(year: number, q: number): ReportPeriod {
  const first = (q - 1) * 3 + 1;
  return {
    key: `${year}-Q${q}`,
    kind: 'QUARTER',
    from: isoDate(year, first, 1),
    to: isoDate(year, first + 2, daysInMonth(year, first + 2)),
    label: `${MONTHS[first - 1]} to ${MONTHS[first + 1]} ${year}`,
  };
}

function year(y: number): ReportPeriod {
  return { key: String(y), kind: 'YEAR', from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), label: String(y) };
}

function range(from: string, to: string): ReportPeriod {
  return {
    key: `${from}..${to}`,
    kind: 'RANGE',
    from,
    to,
    label: `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`,
  };
}

/** The period a key names, or a message saying what is wrong with it. */
export function parseReportPeriod(key: string): ReportPeriod | { problem: string } {
  const value = key.trim();
  let match = /^(\d{4})$/.exec(value);
  if (match && Number(match[1]) >= EARLIEST_YEAR) return year(Number(match[1]));
  match = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (match && Number(match[1]) >= EARLIEST_YEAR) return quarter(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && Number(match[1]) >= EARLIEST_YEAR && Number(match[2]) >= 1 && Number(match[2]) <= 12)
    return month(Number(match[1]), Number(match[2]));
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (match && validIsoDate(match[1]) && validIsoDate(match[2])) {
    if (match[2] < match[1]) return { problem: 'The period must end on or after the day it starts' };
    if (daysBetweenIsoDates(match[1], match[2]) > 366 * 5) return { problem: 'A period can be at most 5 years long' };
    return range(match[1], match[2]);
  }
  return {
    problem: `Enter the period as a year (2026), a quarter (2026-Q3), a month (2026-09) or two dates (2026-09-01..2026-10-15), from ${EARLIEST_YEAR}`,
  };
}

/** The period of the same kind just before (for a range: as many days, ending the day before it starts). */
export function previousReportPeriod(period: ReportPeriod): ReportPeriod {
  const [y, m] = period.from.split('-').map(Number);
  switch (period.kind) {
    case 'MONTH':
      return m === 1 ? month(y - 1, 12) : month(y, m - 1);
    case 'QUARTER': {
      const q = (m - 1) / 3 + 1;
      return q === 1 ? quarter(y - 1, 4) : quarter(y, q - 1);
    }
    case 'YEAR':
      return year(y - 1);
    case 'RANGE': {
      const length = daysBetweenIsoDates(period.from, period.to);
      const to = addDaysToIsoDate(period.from, -1);
      return range(addDaysToIsoDate(to, -length), to);
    }
  }
}

/** The quarter a London date falls in, e.g. `2026-Q4` for 2026-11-23: the dashboard's default. */
export function quarterKeyOf(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Periods to offer in the dashboard's filter: the last 8 quarters, 12 months and 3 years up to today. */
export function recentReportPeriods(today: string): ReportPeriod[] {
  const [y, m] = today.split('-').map(Number);
  const periods: ReportPeriod[] = [];
  let q = parseReportPeriod(quarterKeyOf(today)) as ReportPeriod;
  for (let i = 0; i < 8; i++, q = previousReportPeriod(q)) periods.push(q);
  let mo = month(y, m);
  for (let i = 0; i < 12; i++, mo = previousReportPeriod(mo)) periods.push(mo);
  for (let i = 0; i < 3; i++) periods.push(year(y - i));
  return periods;
}

/** A postcode district (the outward code, e.g. NB1): the area a board report can be narrowed to. */
export function postcodeDistrictProblem(value: string): string | null {
  return /^[A-Z]{1,2}[0-9][0-9A-Z]?$/.test(value) ? null : 'Enter the area as a postcode district, like NB1';
}
