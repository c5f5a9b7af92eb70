import {
  calendarDateFromParts,
  calendarDatePartsProblem,
  optionalText,
  PERSON_ROLES,
  oneOf,
  requiredText,
  type CalendarDateParts,
  type PersonRole,
  type VisitObservation,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';
import { dateProblem, londonDateAndTime, timeProblem, visitTimesFrom } from './visit-time';

/** A person met at the visit, as typed: someone already linked to the premises (personId), or someone new. */
export interface PersonMetRow {
  /** Stable across re-renders and reloads of the draft, for React keys and field ids. */
  key: string;
  personId: string;
  fullName: string;
  dateOfBirth: CalendarDateParts;
  role: PersonRole | '';
}

/** The visit record while the user types it: London date and times, everything as typed. */
export interface VisitRecordFormValues {
  date: CalendarDateParts;
  startTime: string;
  endTime: string;
  attendingOfficerIds: string[];
  /** Officers added with "add another officer": shown, ticked, under the planned ones. */
  addedOfficerIds: string[];
  observations: VisitObservation[];
  numberOfOccupants: string;
  notes: string;
  people: PersonMetRow[];
}

export function newVisitRecordForm(now: Date, plannedOfficerIds: string[]): VisitRecordFormValues {
  const { date, time } = londonDateAndTime(now.toISOString());
  return {
    date,
    startTime: time,
    endTime: '',
    attendingOfficerIds: plannedOfficerIds,
    addedOfficerIds: [],
    observations: [],
    numberOfOccupants: '',
    notes: '',
    people: [],
  };
}

export function emptyPersonMet(key: string): PersonMetRow {
  return { key, personId: '', fullName: '', dateOfBirth: { day: '', month: '', year: '' }, role: '' };
}

/** Field name → the id of its input, in the order they appear on the form. */
export function visitRecordFields(people: readonly PersonMetRow[]): Record<string, string> {
  return {
    date: 'date',
    startTime: 'startTime',
    endTime: 'endTime',
    attendingOfficerIds: 'attendingOfficerIds',
    observations: 'observations',
    numberOfOccupants: 'numberOfOccupants',
    notes: 'notes',
    ...Object.fromEntries(
      people.flatMap((row, index) => [
        [`people.${index}.personId`, `person-${row.key}-personId`],
        [`people.${index}.fullName`, `person-${row.key}-fullName`],
        [`people.${index}.dateOfBirth`, `person-${row.key}-dateOfBirth`],
        [`people.${index}.role`, `person-${row.key}-role`],
      ]),
    ),
    visitPlanId: 'record-visit',
  };
}

/** The API names the start and end as instants and a new person's fields under `person.`; the form does not. */
export function visitRecordFieldErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const name =
      field === 'startedAt'
        ? 'startTime'
        : field === 'endedAt'
          ? 'endTime'
          : field.replace(/^people\.(\d+)\.person\./, 'people.$1.');
    mapped[name] = mapped[name] ?? message;
  }
  return mapped;
}

function occupantsProblem(value: string): string | null {
  if (!value.trim()) return null;
  if (!/^\d+$/.test(value.trim())) return 'Number of occupants must be a whole number, like 12';
  return Number(value.trim()) > 10_000 ? 'Number of occupants must be between 0 and 10000' : null;
}

/** The checks the server makes too (except "not in the future", which needs its clock), before sending. */
export function visitRecordFormProblems(values: VisitRecordFormValues): FieldErrors {
  const problems: FieldErrors = {
    date: dateProblem(values.date) ?? undefined,
    startTime: timeProblem(values.startTime, 'Start time', true) ?? undefined,
    endTime: timeProblem(values.endTime, 'End time', false) ?? undefined,
    attendingOfficerIds: values.attendingOfficerIds.length ? undefined : 'Select the officers who attended',
    numberOfOccupants: occupantsProblem(values.numberOfOccupants) ?? undefined,
    notes: optionalText(values.notes, 'notes', 8000) ?? undefined,
  };
  values.people.forEach((row, index) => {
    if (!row.personId) {
      problems[`people.${index}.fullName`] = requiredText(row.fullName, 'the full name', 200) ?? undefined;
      problems[`people.${index}.dateOfBirth`] =
        calendarDatePartsProblem(row.dateOfBirth, 'Date of birth', false) ?? undefined;
    }
    problems[`people.${index}.role`] =
      oneOf(row.role, PERSON_ROLES, 'how the person is linked to the premises') ?? undefined;
  });
  return problems;
}

/** The RecordVisitInput fields to send; call only once visitRecordFormProblems found nothing. */
export function visitRecordInputFrom(values: VisitRecordFormValues) {
  const { startsAt, endsAt } = visitTimesFrom(values.date, values.startTime, values.endTime);
  return {
    startedAt: startsAt,
    endedAt: endsAt,
    attendingOfficerIds: values.attendingOfficerIds,
    observations: values.observations,
    numberOfOccupants: values.numberOfOccupants.trim() ? Number(values.numberOfOccupants.trim()) : null,
    notes: values.notes,
    people: values.people.map((row) =>
      row.personId
        ? { personId: row.personId, role: row.role as PersonRole }
        : {
            person: {
              fullName: row.fullName,
              nicknames: [],
              dateOfBirth: calendarDateFromParts(row.dateOfBirth),
            },
            role: row.role as PersonRole,
          },
    ),
  };
}

/**
 * An unsent record is kept in the tab's session storage, so a reload or a lost signal does not lose it; it
 * goes when the record is saved or the tab is closed.
 */
export function draftKey(subject: 'plan' | 'premises' | 'record', id: string): string {
  return `lantern:visit-record-draft:${subject}:${id}`;
}

export function readDraft(storage: Pick<Storage, 'getItem'>, key: string): VisitRecordFormValues | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<VisitRecordFormValues>;
    if (!draft || typeof draft !== 'object' || !draft.date || !Array.isArray(draft.attendingOfficerIds)) return null;
    return {
      date: draft.date,
      startTime: String(draft.startTime ?? ''),
      endTime: String(draft.endTime ?? ''),
      attendingOfficerIds: draft.attendingOfficerIds,
      addedOfficerIds: draft.addedOfficerIds ?? [],
      observations: draft.observations ?? [],
      numberOfOccupants: String(draft.numberOfOccupants ?? ''),
      notes: String(draft.notes ?? ''),
      people: draft.people ?? [],
    };
  } catch {
    return null;
  }
}

interface SavedRecord {
  startedAt: string;
  endedAt?: string | null;
  observations: VisitRecordFormValues['observations'];
  numberOfOccupants?: number | null;
  notes: string;
  attendees: readonly { officerId: string; planned: boolean; attended: boolean }[];
}

/** A saved record as the form holds it, for changing it (people met are changed on the record's page). */
export function visitRecordFormFrom(record: SavedRecord): VisitRecordFormValues {
  const { date, time } = londonDateAndTime(record.startedAt);
  return {
    date,
    startTime: time,
    endTime: record.endedAt ? londonDateAndTime(record.endedAt).time : '',
    attendingOfficerIds: record.attendees.filter((a) => a.attended).map((a) => a.officerId),
    addedOfficerIds: record.attendees.filter((a) => a.attended && !a.planned).map((a) => a.officerId),
    observations: [...record.observations],
    numberOfOccupants:
      record.numberOfOccupants === null || record.numberOfOccupants === undefined
        ? ''
        : String(record.numberOfOccupants),
    notes: record.notes,
    people: [],
  };
}

interface AgencyWithOfficers {
  id: string;
  name: string;
  officers: readonly { id: string; name: string; active: boolean }[];
}

/**
 * Who else may be put on a record being changed: the active officers of the agencies that could attend (the plan's,
 * or for an unplanned visit those taking part at the premises) who are not on it yet, as the server allows.
 */
export function otherEligibleOfficers(
  onRecord: readonly { id: string }[],
  agencies: readonly AgencyWithOfficers[],
): { id: string; name: string; agencyName: string }[] {
  const listed = new Set(onRecord.map((officer) => officer.id));
  return agencies.flatMap((agency) =>
    agency.officers
      .filter((officer) => officer.active && !listed.has(officer.id))
      .map((officer) => {
        listed.add(officer.id);
        return { id: officer.id, name: officer.name, agencyName: agency.name };
      }),
  );
}
