import {
  londonDateTimeParts,
  londonToday,
  type AttendanceResponse,
  type Viewer,
  type VisitStatus,
} from '@lantern/shared/domain';

/**
 * Who may take a briefing pack out of Lantern: administrators, coordinators and intelligence
 * officers for any plan; an agency officer only for the plans of a group their agency is a member
 * of; board members (aggregates only) and anyone else never.
 */
export type BriefingScope = { kind: 'ANY_PLAN' } | { kind: 'MEMBER_AGENCY'; agencyId: string } | { kind: 'NONE' };

export function briefingScope(viewer: Pick<Viewer, 'role' | 'agencyId'> | null): BriefingScope {
  switch (viewer?.role) {
    case 'ADMINISTRATOR':
    case 'COORDINATOR':
    case 'INTELLIGENCE_OFFICER':
      return { kind: 'ANY_PLAN' };
    case 'AGENCY_OFFICER':
      return { kind: 'MEMBER_AGENCY', agencyId: viewer.agencyId };
    default:
      return { kind: 'NONE' };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be a record id at all (anything else is simply not found). */
export function isRecordId(value: string): boolean {
  return UUID.test(value);
}

/** The ways a briefing pack leaves the system; each is a disclosure with its own purpose. */
export const BRIEFING_FORMATS = ['PDF', 'PAGE', 'INVITE'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export const BRIEFING_DISCLOSURE_PURPOSES: Record<BriefingFormat, string> = {
  PDF: 'Visit plan: briefing pack (PDF)',
  PAGE: 'Visit plan: briefing pack (printable page)',
  INVITE: 'Visit plan: briefing pack (calendar invite)',
};

/** A visit with no end time is planned as two hours long. */
export const DEFAULT_VISIT_LENGTH_MS = 2 * 60 * 60 * 1000;

export function visitEndsAt(startsAt: Date, endsAt: Date | null): Date {
  return endsAt ?? new Date(startsAt.getTime() + DEFAULT_VISIT_LENGTH_MS);
}

function clockTime(parts: Record<string, string>): string {
  return `${parts['hour']}:${parts['minute']}${(parts['dayPeriod'] ?? '').toLowerCase()}`;
}

/** A moment as officers read it, in Europe/London: "Friday 27 November 2026 at 9:30pm". */
export function formatVisitTime(date: Date): string {
  const parts = londonDateTimeParts(date);
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']} at ${clockTime(parts)}`;
}

/** "9:30pm", or the full date and time when the end falls on another London day than the start. */
export function formatVisitEnd(startsAt: Date, endsAt: Date): string {
  const start = londonDateTimeParts(startsAt);
  const end = londonDateTimeParts(endsAt);
  const sameDay = start['day'] === end['day'] && start['month'] === end['month'] && start['year'] === end['year'];
  return sameDay ? clockTime(end) : formatVisitTime(endsAt);
}

/** The London calendar date of a moment, YYYY-MM-DD (for file names). */
export function londonDate(date: Date): string {
  return londonToday(date);
}

/**
 * The name a downloaded pack is saved under. It names the date only, never the premises or a
 * person: file names show in download bars, mail attachments and sync logs.
 */
export function briefingFileName(kind: 'pdf' | 'ics', startsAt: Date): string {
  const date = londonDate(startsAt);
  return kind === 'pdf' ? `lantern-visit-briefing-${date}.pdf` : `lantern-visit-${date}.ics`;
}

/** iCalendar PARTSTAT (RFC 5545 3.2.12) for an officer's answer to the request to attend. */
export const ATTENDANCE_PARTSTAT: Record<AttendanceResponse, 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED'> = {
  PENDING: 'NEEDS-ACTION',
  CONFIRMED: 'ACCEPTED',
  DECLINED: 'DECLINED',
};

/** iCalendar STATUS for a plan: a draft is tentative, a cancelled plan cancels the event. */
export const VISIT_EVENT_STATUS: Record<VisitStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  DRAFT: 'TENTATIVE',
  READY: 'CONFIRMED',
  COMPLETED: 'CONFIRMED',
  CANCELLED: 'CANCELLED',
};

/** The first paragraph of a text, cut at a word boundary to about `max` characters. */
export function summarise(text: string, max: number): string {
  const first =
    text
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
