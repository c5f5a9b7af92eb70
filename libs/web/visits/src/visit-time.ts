import { calendarDateFromParts, calendarDatePartsProblem, type CalendarDateParts } from '@lantern/shared/domain';

/** Visits are planned in London time: the API reads a date and time without an offset as London time. */
const LONDON = 'Europe/London';

/** "22:00" for what a user typed as 22:00, 2200, 22.00 or 9:30; null if it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const match = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(value.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null;
}

export function timeProblem(value: string, label: string, required: boolean): string | null {
  if (!value.trim()) return required ? `Enter ${label.toLowerCase()}` : null;
  return normaliseTime(value) ? null : `${label} must be a time of day in 24-hour format, like 22:00`;
}

export function dateProblem(parts: CalendarDateParts): string | null {
  return calendarDatePartsProblem(parts, 'Date of the visit', true);
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The start and end to send, as London date-times like 2026-03-13T22:00. An end earlier than (or the same as)
 * the start is on the next day: visits often run past midnight. Call only when the parts have no problems.
 */
export function visitTimesFrom(
  date: CalendarDateParts,
  startTime: string,
  endTime: string,
): { startsAt: string; endsAt: string | null } {
  const day = calendarDateFromParts(date) ?? '';
  const start = normaliseTime(startTime) ?? '';
  const end = normaliseTime(endTime);
  return {
    startsAt: `${day}T${start}`,
    endsAt: end ? `${end <= start ? nextDay(day) : day}T${end}` : null,
  };
}

/** The London date (as day, month and year boxes) and time (HH:MM) of a saved instant. */
export function londonDateAndTime(iso: string | null | undefined): { date: CalendarDateParts; time: string } {
  if (!iso) return { date: { day: '', month: '', year: '' }, time: '' };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return {
    date: { day: String(Number(parts.day)), month: String(Number(parts.month)), year: parts.year },
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** "22:00" in London for a saved instant. */
export function londonTime(iso: string | null | undefined): string {
  return londonDateAndTime(iso).time;
}
