import { optionalText, VISIT_OBSERVATIONS } from '@lantern/shared/domain';
import type { VisitObservation } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';
import { parseVisitTime } from './visit-plan.rules';

/** A visit lasts at most this long: an end later than this after the start is a typing mistake. */
export const MAX_RECORDED_VISIT_HOURS = 24;
export const MAX_OCCUPANTS = 10_000;
export const MAX_RECORD_NOTES = 8000;
/** Clocks of phones and the server differ a little: a start this close to now is not "in the future". */
const CLOCK_TOLERANCE_MS = 2 * 60_000;

export interface VisitRecordFields {
  startedAt: string;
  endedAt?: string | null;
  observations?: readonly string[] | null;
  numberOfOccupants?: number | null;
  notes?: string | null;
  attendingOfficerIds?: readonly string[] | null;
}

function startProblem(value: string | null | undefined, startedAt: Date | null, now: Date): string | null {
  if (!value?.trim()) return 'Enter the date and time the visit started';
  if (!startedAt) return 'The start must be a real date and time';
  if (startedAt.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return 'The start cannot be in the future';
  return null;
}

function endProblem(value: string | null | undefined, startedAt: Date | null, now: Date): string | null {
  if (!value?.trim()) return null;
  const endedAt = parseVisitTime(value);
  if (!endedAt) return 'The end must be a real date and time';
  if (startedAt && endedAt <= startedAt) return 'The end must be after the start';
  if (startedAt && endedAt.getTime() - startedAt.getTime() > MAX_RECORDED_VISIT_HOURS * 3_600_000)
    return `The end must be within ${MAX_RECORDED_VISIT_HOURS} hours of the start`;
  if (endedAt.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return 'The end cannot be in the future';
  return null;
}

function occupantsProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) return 'Number of occupants must be a whole number';
  if (value < 0 || value > MAX_OCCUPANTS) return `Number of occupants must be between 0 and ${MAX_OCCUPANTS}`;
  return null;
}

function observationsProblem(values: readonly string[] | null | undefined): string | null {
  const list = values ?? [];
  if (list.some((value) => !(VISIT_OBSERVATIONS as readonly string[]).includes(value)))
    return 'Observations must be from the checklist';
  if (new Set(list).size !== list.length) return 'Tick each observation once';
  return null;
}

function attendanceProblem(ids: readonly string[] | null | undefined): string | null {
  const list = ids ?? [];
  if (list.length === 0) return 'Select the officers who attended';
  if (new Set(list).size !== list.length) return 'Select each officer who attended once';
  return null;
}

/** Everything that can be checked about a visit record without the database; `now` is the server's clock. */
export function visitRecordProblems(input: VisitRecordFields, now: Date): FieldError[] {
  const startedAt = parseVisitTime(input.startedAt);
  return fieldErrors([
    ['startedAt', startProblem(input.startedAt, startedAt, now)],
    ['endedAt', endProblem(input.endedAt, startedAt, now)],
    ['attendingOfficerIds', attendanceProblem(input.attendingOfficerIds)],
    ['observations', observationsProblem(input.observations)],
    ['numberOfOccupants', occupantsProblem(input.numberOfOccupants)],
    ['notes', optionalText(input.notes, 'notes', MAX_RECORD_NOTES)],
  ]);
}

/** The observations in checklist order, each once. */
export function orderedObservations(values: readonly string[] | null | undefined): VisitObservation[] {
  const chosen = new Set(values ?? []);
  return VISIT_OBSERVATIONS.filter((observation) => chosen.has(observation));
}

export interface OfficerOfAgency {
  officerId: string;
  agencyId: string;
}

/** An officer on the record: asked to attend by name, actually there, or both. */
export interface AttendeeComparison extends OfficerOfAgency {
  planned: boolean;
  attended: boolean;
}

/**
 * Planned against actual attendance: every officer the plan named, in the plan's order, with whether they came;
 * then the officers who came without being named, in the order they were recorded.
 */
export function compareAttendance(
  planned: readonly OfficerOfAgency[],
  attended: readonly OfficerOfAgency[],
): AttendeeComparison[] {
  const attendedIds = new Set(attended.map((a) => a.officerId));
  const plannedIds = new Set(planned.map((p) => p.officerId));
  return [
    ...planned.map((p) => ({
      officerId: p.officerId,
      agencyId: p.agencyId,
      planned: true,
      attended: attendedIds.has(p.officerId),
    })),
    ...attended
      .filter((a) => !plannedIds.has(a.officerId))
      .map((a) => ({ officerId: a.officerId, agencyId: a.agencyId, planned: false, attended: true })),
  ];
}
