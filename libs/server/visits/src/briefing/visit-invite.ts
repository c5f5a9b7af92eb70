import { createEvent, EventAttributes } from 'ics';
import { RISK_LEVEL_LABELS } from '@lantern/shared/domain';
import type { BriefingPack } from './briefing-pack';
import { premisesAddress } from './briefing-content';
import { ATTENDANCE_PARTSTAT, summarise, VISIT_EVENT_STATUS, visitEndsAt } from './briefing.rules';

/**
 * The visit as an iCalendar invite (RFC 5545). One UID per plan and SEQUENCE = the plan's version,
 * so a newer download replaces the earlier one in officers' calendars. Times are written in UTC,
 * computed from the stored instant, so they are right on both sides of the clock change.
 *
 * LOCATION is the rendezvous point (where officers meet), not the premises: the premises address
 * is in the description. Calendars are shared and synced more widely than Lantern, so the invite
 * carries no linked people, vehicles or risk assessment, and only a short summary of the notes.
 */
export interface VisitInviteOptions {
  /** Where the full briefing pack is, e.g. https://lantern.example/visits/<id>/briefing.html */
  briefingUrl: string;
}

export const INVITE_NOTES_SUMMARY_LENGTH = 280;

export function visitInviteUid(planId: string): string {
  return `visit-${planId}@lantern`;
}

export function visitInviteEvent(pack: BriefingPack, options: VisitInviteOptions): EventAttributes {
  const { plan, premises } = pack;
  const status = VISIT_EVENT_STATUS[plan.status];
  const notes = summarise(plan.briefingNotes, INVITE_NOTES_SUMMARY_LENGTH);
  const description = [
    'OFFICIAL-SENSITIVE',
    `Joint visit to ${premises.name}, ${premisesAddress(premises)}.`,
    `Group: ${pack.group.name}.`,
    `Officer safety risk: ${RISK_LEVEL_LABELS[plan.riskLevel] ?? plan.riskLevel}.`,
    ...(notes ? [`Briefing notes (summary): ${notes}`] : []),
    `Read the full briefing pack before the visit: ${options.briefingUrl}`,
    ...(pack.coordinator ? [`Coordinator: ${pack.coordinator.name}, ${pack.coordinator.email}`] : []),
  ].join('\n\n');
  const attendees = pack.agencies.flatMap((agency) =>
    agency.officers
      .filter((officer) => officer.email)
      .map((officer) => ({
        name: `${officer.name} (${agency.name})`,
        email: officer.email!,
        rsvp: true,
        partstat: ATTENDANCE_PARTSTAT[officer.response],
        role: 'REQ-PARTICIPANT' as const,
      })),
  );
  return {
    productId: 'lantern/visit-briefing',
    method: status === 'CANCELLED' ? 'CANCEL' : 'REQUEST',
    uid: visitInviteUid(plan.id),
    sequence: plan.version,
    status,
    title: `Joint visit: ${premises.name}`,
    start: plan.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: visitEndsAt(plan.startsAt, plan.endsAt).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: plan.rendezvousPoint.trim() || premisesAddress(premises),
    description,
    classification: 'CONFIDENTIAL',
    busyStatus: 'BUSY',
    ...(pack.coordinator ? { organizer: { name: pack.coordinator.name, email: pack.coordinator.email } } : {}),
    ...(attendees.length ? { attendees } : {}),
  };
}

export function renderVisitInvite(pack: BriefingPack, options: VisitInviteOptions): string {
  const { error, value } = createEvent(visitInviteEvent(pack, options));
  if (error || !value) throw error ?? new Error('The calendar invite could not be made');
  return value;
}
