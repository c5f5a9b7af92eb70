/** Calendar dates (YYYY-MM-DD) as users enter them in day, month and year boxes, and as they read them. */
export interface CalendarDateParts {
  day: string;
  month: string;
  year: string;
}

/** Month names, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The parts of a YYYY-MM-DD date, for filling in day, month and year boxes; empty parts for null. */
export function calendarDateParts(value: string | null | undefined): CalendarDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match
    ? { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}

export function isBlankCalendarDate(parts: CalendarDateParts): boolean {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

/** YYYY-MM-DD for a real date, or null when the parts are blank or do not make a real date. */
export function calendarDateFromParts(parts: CalendarDateParts): string | null {
  const day = Number(parts.day.trim());
  const month = Number(parts.month.trim());
  const year = Number(parts.year.trim());
  if (![day, month, year].every(Number.isInteger) || !/^\d{4}$/.test(parts.year.trim())) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** What is wrong with the day, month and year a user typed, or null if they make a real date (or are all blank and optional). */
export function calendarDatePartsProblem(parts: CalendarDateParts, label: string, required = false): string | null {
  if (isBlankCalendarDate(parts)) return required ? `Enter ${label.toLowerCase()}` : null;
  if (!parts.day.trim() || !parts.month.trim() || !parts.year.trim())
    return `${label} must include a day, month and year`;
  if (!/^\d{4}$/.test(parts.year.trim())) return 'Year must include 4 numbers';
  return calendarDateFromParts(parts) ? null : `${label} must be a real date`;
}

/** "20 October 2014" for "2014-10-20"; the value as given if it is not a date. */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

// Built once: making a DateTimeFormat costs far more than formatting with it.
const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // Not hour12: en-GB with hour12 writes half past noon and midnight as "0:30".
  hourCycle: 'h12',
});

/** A moment's parts in Europe/London (weekday, day, month, year, hour, minute, dayPeriod), 12-hour clock. */
export function londonDateTimeParts(date: Date): Record<string, string> {
  return Object.fromEntries(LONDON_DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]));
}

/** A date and time shown in Europe/London, like "3 December 2019 at 9:54am". */
export function formatDateTimeInLondon(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const parts = londonDateTimeParts(date);
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod ?? '').toLowerCase()}`;
}

/** What is wrong with a date typed as YYYY-MM-DD, or null. */
export function isoDateProblem(value: string | null | undefined, label: string, required = false): string | null {
  if (!value || !value.trim()) return required ? `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` : null;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || calendarDateFromParts({ year: match[1], month: match[2], day: match[3] }) !== text)
    return `${label} must be a real date, like 2014-10-20`;
  return null;
}
