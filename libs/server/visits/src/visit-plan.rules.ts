import { DateTime, Duration } from 'luxon';
import {
  AGENCY_TYPE_LABELS,
  durationInWords,
  formatCalendarDate,
  formatDateTimeInLondon,
  oneOf,
  optionalText,
  RISK_LEVELS,
  listInWords,
} from '@lantern/shared/domain';
import type {
  AgencyType,
  EntryRight,
  PowerCondition,
  PremisesKind,
  PremisesUse,
  VisitStatus,
  VisitWarningCode,
} from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';
import { inForceOn, whyPowerDoesNotReach } from '@lantern/server/powers';

/** Visits are planned, shown and checked in London time. */
export const VISIT_TIME_ZONE = 'Europe/London';

/**
 * Business hours for powers whose entry is limited to them (condition BUSINESS_HOURS): 08:00 up to
 * (not including) 18:00, London time, Monday to Saturday. The statutes say "at a reasonable hour" or "during
 * business hours"; this is the product's reading of it, and a visit starting outside it is flagged for the
 * coordinator to acknowledge (the premises may keep other hours), never refused.
 */
export const BUSINESS_HOURS = { fromHour: 8, toHour: 18, days: [1, 2, 3, 4, 5, 6] } as const;
export const BUSINESS_HOURS_IN_WORDS = '08:00 to 18:00, Monday to Saturday';

export interface PremisesFacts {
  kind: PremisesKind;
  use: PremisesUse;
  licensableActivity: boolean;
}

export interface AttendingAgency {
  agencyId: string;
  name: string;
  type: AgencyType;
  entersPremises: boolean;
}

export interface PowerFacts {
  id: string;
  name: string;
  holderAgencyTypes: readonly AgencyType[];
  /** Null: any kind of premises. */
  premisesKinds: readonly PremisesKind[] | null;
  conditions: readonly PowerCondition[];
  entry: EntryRight;
  noticePeriod: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface PlannedPower {
  agencyId: string;
  power: PowerFacts;
}

export interface VisitFacts {
  premises: PremisesFacts;
  startsAt: Date;
  agencies: readonly AttendingAgency[];
  powers: readonly PlannedPower[];
}

export interface VisitWarning {
  /** Stable while the plan keeps the same problem: acknowledgements are kept by it across unrelated edits. */
  key: string;
  code: VisitWarningCode;
  message: string;
  agencyId: string | null;
  powerId: string | null;
}

export function warningKey(code: VisitWarningCode, agencyId: string | null, powerId: string | null): string {
  return `${code}:${agencyId ?? '-'}:${powerId ?? '-'}`;
}

function warning(code: VisitWarningCode, agencyId: string | null, powerId: string | null, message: string) {
  return { key: warningKey(code, agencyId, powerId), code, message, agencyId, powerId };
}

/** The London calendar day (YYYY-MM-DD) an instant falls on. */
export function londonDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: VISIT_TIME_ZONE }).toISODate()!;
}

/** Whether a visit starting at this instant starts within business hours (see BUSINESS_HOURS). */
export function withinBusinessHours(instant: Date): boolean {
  const local = DateTime.fromJSDate(instant, { zone: VISIT_TIME_ZONE });
  return (
    (BUSINESS_HOURS.days as readonly number[]).includes(local.weekday) &&
    local.hour >= BUSINESS_HOURS.fromHour &&
    local.hour < BUSINESS_HOURS.toHour
  );
}

/** "22:00 on Friday 13 March 2026" in London time. */
function londonMoment(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: VISIT_TIME_ZONE }).toFormat("HH:mm 'on' cccc d LLLL yyyy");
}

const agencyTypes = (types: readonly AgencyType[]) => listInWords(types.map((type) => AGENCY_TYPE_LABELS[type]));

/** Whether the agency can lawfully rely on the power at all: it holds it and it is law on the visit's day. */
function usableBy(agency: AttendingAgency, power: PowerFacts, day: string): boolean {
  return power.holderAgencyTypes.includes(agency.type) && inForceOn(power, day);
}

function powerNotHeld(agency: AttendingAgency, power: PowerFacts, agencies: readonly AttendingAgency[]) {
  const holders = agencies.filter((other) => power.holderAgencyTypes.includes(other.type));
  const who = holders.length
    ? `${listInWords(holders.map((h) => h.name))} ${holders.length === 1 ? 'holds' : 'hold'} it: plan it under ${holders.length === 1 ? 'that agency' : 'one of them'}`
    : `No attending agency holds it: invite a ${agencyTypes(power.holderAgencyTypes)} agency, or remove the power`;
  return warning(
    'POWER_NOT_HELD',
    agency.agencyId,
    power.id,
    `${agency.name} cannot use “${power.name}”: only ${agencyTypes(power.holderAgencyTypes)} agencies hold it. ${who}.`,
  );
}

function powerNotInForce(agency: AttendingAgency, power: PowerFacts, day: string) {
  const period = power.effectiveTo
    ? `it was law from ${formatCalendarDate(power.effectiveFrom)} until ${formatCalendarDate(power.effectiveTo)}`
    : `it takes effect on ${formatCalendarDate(power.effectiveFrom)}`;
  return warning(
    'POWER_NOT_IN_FORCE',
    agency.agencyId,
    power.id,
    `“${power.name}” is not in force on the visit’s date, ${formatCalendarDate(day)} (${period}): ${agency.name} cannot use it on this visit. Choose the power in force, or move the visit.`,
  );
}

function noticeNeeded(agency: AttendingAgency, noticePowers: PowerFacts[], startsAt: Date) {
  const withPeriod = noticePowers
    .filter((power) => power.noticePeriod && Duration.fromISO(power.noticePeriod).isValid)
    .sort((a, b) => Duration.fromISO(a.noticePeriod!).toMillis() - Duration.fromISO(b.noticePeriod!).toMillis());
  const power = withPeriod[0] ?? noticePowers[0];
  const names = listInWords(noticePowers.map((p) => `“${p.name}”`));
  const notice = power.noticePeriod
    ? `Give the occupier ${durationInWords(power.noticePeriod)}’ notice under “${power.name}” before the visit, by ${formatDateTimeInLondon(
        DateTime.fromJSDate(startsAt).minus(Duration.fromISO(power.noticePeriod)).toJSDate(),
      )} at the latest`
    : `Give the occupier the notice “${power.name}” requires before the visit`;
  return warning(
    'ENTRY_NEEDS_NOTICE',
    agency.agencyId,
    power.id,
    `${agency.name} will enter, but its entry rests only on ${names}, which ${noticePowers.length === 1 ? 'needs' : 'need'} notice. ${notice}, or plan a power of entry without notice.`,
  );
}

/**
 * The law checks on a visit plan. Users decide; these make the law visible at the moment of planning
 * (domain.md, "Agencies and the powers they hold"). Entry is judged on the powers an agency can rely on:
 * those it holds that are in force on the visit's day (the others have their own warnings).
 */
export function visitWarnings(visit: VisitFacts): VisitWarning[] {
  const day = londonDay(visit.startsAt);
  const duringBusinessHours = withinBusinessHours(visit.startsAt);
  const warnings: VisitWarning[] = [];
  const agencyById = new Map(visit.agencies.map((agency) => [agency.agencyId, agency]));

  for (const { agencyId, power } of visit.powers) {
    const agency = agencyById.get(agencyId);
    if (!agency) continue;
    if (!power.holderAgencyTypes.includes(agency.type)) warnings.push(powerNotHeld(agency, power, visit.agencies));
    if (!inForceOn(power, day)) warnings.push(powerNotInForce(agency, power, day));
    const notForPremises = whyPowerDoesNotReach(power, visit.premises);
    if (notForPremises) {
      warnings.push(
        warning(
          'POWER_NOT_FOR_PREMISES',
          agencyId,
          power.id,
          `${agency.name} cannot use “${power.name}” here: ${notForPremises}. Check the premises’ record, or choose another power.`,
        ),
      );
    }
    if (power.conditions.includes('LICENSABLE_ACTIVITY') && !visit.premises.licensableActivity) {
      warnings.push(
        warning(
          'NO_LICENSABLE_ACTIVITY',
          agencyId,
          power.id,
          `“${power.name}” needs licensable activity (alcohol, late night refreshment, regulated entertainment), and none is recorded at this premises: ${agency.name} cannot rely on it unless licensable activity is found. Record it on the premises if there is some.`,
        ),
      );
    }
    if (power.conditions.includes('BUSINESS_HOURS') && agency.entersPremises && !duringBusinessHours) {
      warnings.push(
        warning(
          'OUTSIDE_BUSINESS_HOURS',
          agencyId,
          power.id,
          `“${power.name}” gives ${agency.name} entry only during business hours (${BUSINESS_HOURS_IN_WORDS}), and the visit starts at ${londonMoment(visit.startsAt)}. Move the visit into business hours, or enter under another power (for example with police).`,
        ),
      );
    }
  }

  for (const agency of visit.agencies) {
    if (!agency.entersPremises) continue;
    const planned = visit.powers.filter((planned) => planned.agencyId === agency.agencyId).map((p) => p.power);
    const entryPowers = planned.filter((power) => power.entry !== 'NONE' && usableBy(agency, power, day));
    if (entryPowers.length === 0) {
      const why = planned.length
        ? 'none of its planned powers gives it entry'
        : 'it has no powers planned, so nothing gives it entry';
      warnings.push(
        warning(
          'ENTRY_WITHOUT_POWER',
          agency.agencyId,
          null,
          `${agency.name} will enter the premises, but ${why}. Plan a power of entry it holds, go in with an agency that has one (for example police with a warrant), or record that it will not enter.`,
        ),
      );
    } else if (!entryPowers.some((power) => power.entry === 'YES')) {
      const noticePowers = entryPowers.filter((power) => power.entry === 'WITH_NOTICE');
      if (noticePowers.length) {
        warnings.push(noticeNeeded(agency, noticePowers, visit.startsAt));
      } else {
        warnings.push(
          warning(
            'ENTRY_NEEDS_WARRANT',
            agency.agencyId,
            null,
            `${agency.name} will enter, but its only power of entry, ${listInWords(entryPowers.map((p) => `“${p.name}”`))}, needs a warrant from a magistrate. Obtain the warrant before the visit, or go in with police.`,
          ),
        );
      }
    }
  }
  return warnings;
}

// The plan's lifecycle -------------------------------------------------------------------------

/** The moves a plan can make. A ready plan can go back to draft; completed and cancelled are final. */
export const VISIT_STATUS_MOVES: Record<VisitStatus, readonly VisitStatus[]> = {
  DRAFT: ['READY', 'CANCELLED'],
  READY: ['DRAFT', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Plans in these statuses are a record of what happened: nothing about them changes any more. */
export const FINISHED_VISIT_STATUSES: readonly VisitStatus[] = ['COMPLETED', 'CANCELLED'];

const STATUS_IN_WORDS: Record<VisitStatus, string> = {
  DRAFT: 'a draft',
  READY: 'ready',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
};

/** Why the plan cannot move from one status to another, or null if it can. */
export function statusMoveProblem(from: VisitStatus, to: VisitStatus): string | null {
  if (from === to) return `The plan is already ${STATUS_IN_WORDS[to]}`;
  if (FINISHED_VISIT_STATUSES.includes(from))
    return `The visit is ${STATUS_IN_WORDS[from]}: its plan can no longer change`;
  if (to === 'COMPLETED' && from !== 'READY') return 'Mark the plan ready before recording the visit as completed';
  return VISIT_STATUS_MOVES[from].includes(to)
    ? null
    : `A plan that is ${STATUS_IN_WORDS[from]} cannot become ${STATUS_IN_WORDS[to]}`;
}

// Input rules --------------------------------------------------------------------------------

export interface VisitDetailsFields {
  startsAt: string | null | undefined;
  endsAt?: string | null;
  rendezvousPoint?: string | null;
  riskLevel: string;
  riskAssessment?: string | null;
  briefingNotes?: string | null;
}

/** The longest a visit may be planned to last. */
export const MAX_VISIT_HOURS = 24;

/**
 * A date and time as ISO 8601 (e.g. 2026-03-13T22:00 or 2026-03-13T22:00:00Z). Without an offset it is
 * read as London time. Null when it is not a real date and time.
 */
export function parseVisitTime(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
  const parsed = DateTime.fromISO(text, { zone: VISIT_TIME_ZONE });
  if (!parsed.isValid || parsed.year < 2000 || parsed.year > 2100) return null;
  return parsed.toJSDate();
}

export function visitDetailsProblems(input: VisitDetailsFields): FieldError[] {
  const startsAt = parseVisitTime(input.startsAt);
  const hasEnd = !!input.endsAt?.trim();
  const endsAt = hasEnd ? parseVisitTime(input.endsAt) : null;
  let endProblem: string | null = null;
  if (hasEnd && !endsAt) endProblem = 'The end must be a real date and time';
  else if (startsAt && endsAt && endsAt <= startsAt) endProblem = 'The end must be after the start';
  else if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > MAX_VISIT_HOURS * 3_600_000)
    endProblem = `The end must be within ${MAX_VISIT_HOURS} hours of the start`;
  return fieldErrors([
    [
      'startsAt',
      !input.startsAt?.trim()
        ? 'Enter the date and time the visit starts'
        : startsAt
          ? null
          : 'The start must be a real date and time',
    ],
    ['endsAt', endProblem],
    ['rendezvousPoint', optionalText(input.rendezvousPoint, 'the rendezvous point', 500)],
    ['riskLevel', oneOf(input.riskLevel, RISK_LEVELS, 'the risk level')],
    ['riskAssessment', optionalText(input.riskAssessment, 'the risk assessment', 8000)],
    ['briefingNotes', optionalText(input.briefingNotes, 'the briefing notes', 8000)],
  ]);
}

/** The agencies chosen to attend: each once. */
export function attendingAgenciesProblems(agencies: readonly { agencyId: string }[]): FieldError[] {
  const ids = agencies.map((agency) => agency.agencyId);
  return fieldErrors([
    [
      'agencies',
      new Set(ids).size !== ids.length
        ? 'Choose each agency once'
        : ids.length > 30
          ? 'Choose 30 agencies or fewer'
          : null,
    ],
  ]);
}

export function powerPurposeProblems(purpose: string | null | undefined): FieldError[] {
  return fieldErrors([['purpose', optionalText(purpose, 'the purpose', 1000)]]);
}

export function acknowledgementProblems(note: string | null | undefined): FieldError[] {
  return fieldErrors([['note', optionalText(note, 'the note', 1000)]]);
}

export function responseNoteProblems(note: string | null | undefined): FieldError[] {
  return fieldErrors([['note', optionalText(note, 'the note', 1000)]]);
}

/**
 * What stops a plan being marked ready: no agency attends, or warnings nobody has acknowledged. Each
 * warning's problem names it (`warning.<key>`), so a page can point at its acknowledgement form.
 */
export function readinessProblems(
  agencyCount: number,
  warnings: readonly VisitWarning[],
  acknowledgedKeys: ReadonlySet<string>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (agencyCount === 0) problems.push({ field: 'agencies', message: 'Add at least one attending agency' });
  for (const w of warnings.filter((w) => !acknowledgedKeys.has(w.key)))
    problems.push({ field: `warning.${w.key}`, message: `Acknowledge the law check: ${w.message}` });
  return problems;
}
