import { DateTime, Duration } from 'luxon';
import {
  AGENCY_TYPE_LABELS,
  CLOSING_ACTION_KINDS,
  durationInWords,
  ENFORCEMENT_ACTION_KINDS,
  ENFORCEMENT_ACTION_STATUS_LABELS,
  ENFORCEMENT_ACTION_STATUSES,
  formatCalendarDate,
  isoDateProblem,
  oneOf,
  optionalText,
  requiredText,
  clipText,
} from '@lantern/shared/domain';
import type {
  AgencyType,
  EnforcementActionKind,
  EnforcementActionStatus,
  PowerCondition,
  PremisesKind,
  PremisesStatus,
  PremisesUse,
} from '@lantern/shared/domain';
import { FieldError, fieldErrors } from '@lantern/server/core';
import { inForceOn, whyPowerDoesNotReach } from '@lantern/server/powers';

/** Actions are dated in London: a calendar date, YYYY-MM-DD. */
export const ENFORCEMENT_TIME_ZONE = 'Europe/London';

/** Kinds that need not rest on a power from the catalogue: advice, a referral, or deciding to do nothing. */
export const KINDS_WITHOUT_POWER: readonly EnforcementActionKind[] = ['ADVICE', 'NO_ACTION', 'REFERRAL'];

export const MAX_DETAILS_LENGTH = 8000;

/** What the rules need to know of the power the action was taken under. */
export interface ActionPowerFacts {
  name: string;
  holderAgencyTypes: readonly AgencyType[];
  minDuration: string | null;
  maxDuration: string | null;
  minCompliancePeriod: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Null: any kind of premises. */
  premisesKinds: readonly PremisesKind[] | null;
  conditions: readonly PowerCondition[];
}

export interface ActingAgencyFacts {
  name: string;
  type: AgencyType;
}

export interface EnforcementActionFields {
  kind: string;
  takenOn: string | null | undefined;
  details: string | null | undefined;
  powerId?: string | null;
  complianceDeadline?: string | null;
  endsOn?: string | null;
  indefinite?: boolean | null;
  courtDate?: string | null;
  reviewOn?: string | null;
}

const blank = (value: string | null | undefined) => !value || !value.trim();
const day = (value: string | null | undefined) => (blank(value) ? null : value!.trim());

/** The day a period after `from` ends on (luxon calendar arithmetic: 29 February + 1 year = 28 February). */
export function dayAfter(from: string, iso: string): string {
  return DateTime.fromISO(from, { zone: ENFORCEMENT_TIME_ZONE }).plus(Duration.fromISO(iso)).toISODate()!;
}

/** Whether the power has a legal duration: orders that run for a minimum or up to a maximum period. */
export function hasDuration(power: Pick<ActionPowerFacts, 'minDuration' | 'maxDuration'> | null): boolean {
  return !!power && !!(power.minDuration || power.maxDuration);
}

/**
 * Field problems of an action as typed, before anything is looked up: the kind, the dates (real, in order, the
 * action not in the future) and the text. `today` is the London date.
 */
export function enforcementActionFieldProblems(input: EnforcementActionFields, today: string): FieldError[] {
  const takenOnShape = isoDateProblem(input.takenOn, 'The date the action was taken', true);
  const takenOn = takenOnShape ? null : day(input.takenOn);
  const kindProblem = oneOf(input.kind, ENFORCEMENT_ACTION_KINDS, 'what was done');
  const laterDate = (value: string | null | undefined, label: string): string | null => {
    const shape = isoDateProblem(value, label);
    if (shape || blank(value) || !takenOn) return shape;
    return value!.trim() < takenOn ? `${label} cannot be before the date the action was taken` : null;
  };
  const needsPower =
    !kindProblem && !KINDS_WITHOUT_POWER.includes(input.kind as EnforcementActionKind) && blank(input.powerId);
  return fieldErrors([
    ['kind', kindProblem],
    [
      'takenOn',
      takenOnShape ?? (takenOn && takenOn > today ? 'The date the action was taken cannot be in the future' : null),
    ],
    ['details', requiredText(input.details, 'what was done', MAX_DETAILS_LENGTH)],
    ['powerId', needsPower ? 'Choose the power the action was taken under' : null],
    ['complianceDeadline', laterDate(input.complianceDeadline, 'The compliance deadline')],
    ['endsOn', laterDate(input.endsOn, 'The date the order ends')],
    ['courtDate', laterDate(input.courtDate, 'The court date')],
    ['reviewOn', laterDate(input.reviewOn, 'The review date')],
  ]);
}

/**
 * The law on the action: the acting agency must hold the power and the power must be in force on the day the
 * action was taken; an order must run at least its legal minimum and no longer than its maximum (indefinitely
 * only when the law sets no maximum); a compliance deadline must give at least the legal period. An action is
 * a fact, not a plan: these are refusals, not warnings. Run after enforcementActionFieldProblems found nothing.
 */
export function enforcementActionLawProblems(
  input: EnforcementActionFields,
  agency: ActingAgencyFacts,
  power: ActionPowerFacts | null,
  premises: { kind: PremisesKind; use: PremisesUse },
): FieldError[] {
  if (!power) {
    return fieldErrors([
      ['endsOn', day(input.endsOn) ? 'Only orders under a power with a legal duration have an end date' : null],
      ['indefinite', input.indefinite ? 'Only orders under a power with a legal duration can be indefinite' : null],
    ]);
  }
  const takenOn = input.takenOn!.trim();
  const problems: [string, string | null][] = [];

  if (!power.holderAgencyTypes.includes(agency.type)) {
    const holders = power.holderAgencyTypes.map((type) => AGENCY_TYPE_LABELS[type]).join(', ');
    problems.push(['powerId', `${agency.name} cannot act under “${power.name}”: only ${holders} agencies hold it`]);
  } else if (!inForceOn(power, takenOn)) {
    const period = power.effectiveTo
      ? `it was law from ${formatCalendarDate(power.effectiveFrom)} until ${formatCalendarDate(power.effectiveTo)}`
      : `it takes effect on ${formatCalendarDate(power.effectiveFrom)}`;
    problems.push([
      'powerId',
      `“${power.name}” was not in force on ${formatCalendarDate(takenOn)} (${period}): choose the power in force on that day`,
    ]);
  } else {
    const notForPremises = whyPowerDoesNotReach(power, premises);
    if (notForPremises)
      problems.push(['powerId', `“${power.name}” cannot be used at this premises: ${notForPremises}`]);
  }

  const deadline = day(input.complianceDeadline);
  if (deadline && power.minCompliancePeriod) {
    const earliest = dayAfter(takenOn, power.minCompliancePeriod);
    if (deadline < earliest) {
      problems.push([
        'complianceDeadline',
        `“${power.name}” must give at least ${durationInWords(power.minCompliancePeriod)} to comply: the deadline must be on or after ${formatCalendarDate(earliest)}`,
      ]);
    }
  }

  const endsOn = day(input.endsOn);
  if (!hasDuration(power)) {
    if (endsOn) problems.push(['endsOn', `“${power.name}” has no legal duration: leave the end date empty`]);
    if (input.indefinite)
      problems.push(['indefinite', `“${power.name}” has no legal duration: it cannot be indefinite`]);
  } else if (input.indefinite) {
    if (endsOn) problems.push(['endsOn', 'Give an end date or say the order is indefinite, not both']);
    if (power.maxDuration)
      problems.push([
        'indefinite',
        `A ${power.name} lasts at most ${durationInWords(power.maxDuration)}: it cannot be indefinite`,
      ]);
  } else if (!endsOn) {
    problems.push([
      'endsOn',
      `Enter the date the ${power.name} ends${power.maxDuration ? '' : ', or say it is indefinite'}`,
    ]);
  } else {
    if (power.minDuration) {
      const earliest = dayAfter(takenOn, power.minDuration);
      if (endsOn < earliest)
        problems.push([
          'endsOn',
          `A ${power.name} lasts at least ${durationInWords(power.minDuration)}: it must end on or after ${formatCalendarDate(earliest)}`,
        ]);
    }
    if (power.maxDuration) {
      const latest = dayAfter(takenOn, power.maxDuration);
      if (endsOn > latest)
        problems.push([
          'endsOn',
          `A ${power.name} lasts at most ${durationInWords(power.maxDuration)}: it must end on or before ${formatCalendarDate(latest)}`,
        ]);
    }
  }
  return fieldErrors(problems);
}

// Status over time ----------------------------------------------------------------------------

/**
 * The moves an action's status can make, and why:
 * - SERVED: complied with, breached, appealed, withdrawn by the agency, or expired (an order's end date passed).
 * - APPEALED: the appeal fails (back to SERVED), succeeds (WITHDRAWN), or the action lapses meanwhile (EXPIRED).
 * - BREACHED: complied with late, withdrawn, or expired; prosecuting the breach is a new action.
 * - COMPLIED: an order can still be breached later (an SRO's prohibitions run on), or it expires.
 * - WITHDRAWN and EXPIRED are final: what follows is a new action.
 */
export const ENFORCEMENT_STATUS_MOVES: Record<EnforcementActionStatus, readonly EnforcementActionStatus[]> = {
  SERVED: ['COMPLIED', 'BREACHED', 'APPEALED', 'WITHDRAWN', 'EXPIRED'],
  APPEALED: ['SERVED', 'WITHDRAWN', 'EXPIRED'],
  BREACHED: ['COMPLIED', 'WITHDRAWN', 'EXPIRED'],
  COMPLIED: ['BREACHED', 'EXPIRED'],
  WITHDRAWN: [],
  EXPIRED: [],
};

const lower = (status: EnforcementActionStatus) => ENFORCEMENT_ACTION_STATUS_LABELS[status].toLowerCase();

/** Why the action's status cannot move so, or null when it can. */
export function statusMoveProblem(from: EnforcementActionStatus, to: string): string | null {
  const statusProblem = oneOf(to, ENFORCEMENT_ACTION_STATUSES, 'the new status');
  if (statusProblem) return statusProblem;
  const next = to as EnforcementActionStatus;
  if (from === next) return `The action is already ${lower(next)}`;
  if (ENFORCEMENT_STATUS_MOVES[from].length === 0)
    return `The action is ${lower(from)}: its status can no longer change`;
  return ENFORCEMENT_STATUS_MOVES[from].includes(next)
    ? null
    : `An action that is ${lower(from)} cannot become ${lower(next)}`;
}

export function statusChangeProblems(
  from: EnforcementActionStatus,
  input: { status: string; changedOn: string | null | undefined; note: string | null | undefined },
  takenOn: string,
  today: string,
): FieldError[] {
  const shape = isoDateProblem(input.changedOn, 'The date of the change', true);
  const changedOn = input.changedOn?.trim() ?? '';
  return fieldErrors([
    ['status', statusMoveProblem(from, input.status)],
    [
      'changedOn',
      shape ??
        (changedOn > today
          ? 'The date of the change cannot be in the future'
          : changedOn < takenOn
            ? 'The date of the change cannot be before the date the action was taken'
            : null),
    ],
    ['note', optionalText(input.note, 'the note', 2000)],
  ]);
}

// Effects -----------------------------------------------------------------------------------

/**
 * The premises status an action leads to, or null when it stays as it is. Closing actions (prohibition,
 * closure notice or order) close it; any other action except "no action" means action was taken, unless the
 * premises is already closed or under monitoring (a later, lesser action does not undo those).
 */
export function premisesStatusAfter(kind: EnforcementActionKind, current: PremisesStatus): PremisesStatus | null {
  if (CLOSING_ACTION_KINDS.includes(kind)) return current === 'CLOSED' ? null : 'CLOSED';
  if (kind === 'NO_ACTION') return null;
  if (current === 'CLOSED' || current === 'UNDER_MONITORING' || current === 'ACTION_TAKEN') return null;
  return 'ACTION_TAKEN';
}

/** Statuses in which an action no longer binds anyone. */
export const SPENT_ACTION_STATUSES: readonly EnforcementActionStatus[] = ['WITHDRAWN', 'EXPIRED'];

/**
 * The premises' status when a closing action is withdrawn or expires, or null when it stays: a closed premises
 * reopens once no other closing action holds it, to monitoring if it is monitored, else to action taken.
 */
export function premisesStatusWhenClosingEnds(
  kind: EnforcementActionKind,
  to: EnforcementActionStatus,
  current: PremisesStatus,
  facts: { otherClosingInForce: boolean; monitored: boolean },
): PremisesStatus | null {
  if (!CLOSING_ACTION_KINDS.includes(kind) || !SPENT_ACTION_STATUSES.includes(to) || current !== 'CLOSED') return null;
  if (facts.otherClosingInForce) return null;
  return facts.monitored ? 'UNDER_MONITORING' : 'ACTION_TAKEN';
}

export type FollowUpKind = 'COMPLIANCE' | 'COURT' | 'REVIEW';

export interface FollowUp {
  kind: FollowUpKind;
  dueOn: string;
  title: string;
}

const TITLE_MAX = 200;
const clip = (text: string) => clipText(text, TITLE_MAX);

/** The tasks an action's dates call for: checking compliance, attending court, reviewing it. */
export function followUpsOf(
  action: { complianceDeadline: string | null; courtDate: string | null; reviewOn: string | null },
  what: string,
  premisesName: string,
): FollowUp[] {
  const followUps: FollowUp[] = [];
  if (action.complianceDeadline)
    followUps.push({
      kind: 'COMPLIANCE',
      dueOn: action.complianceDeadline,
      title: clip(`Check compliance: ${what} at ${premisesName}`),
    });
  if (action.courtDate)
    followUps.push({
      kind: 'COURT',
      dueOn: action.courtDate,
      title: clip(`Court hearing: ${what} at ${premisesName}`),
    });
  if (action.reviewOn)
    followUps.push({ kind: 'REVIEW', dueOn: action.reviewOn, title: clip(`Review: ${what} at ${premisesName}`) });
  return followUps;
}
