import {
  calendarDateFromParts,
  calendarDateParts,
  calendarDatePartsProblem,
  ENFORCEMENT_ACTION_KINDS,
  requiredText,
  type AgencyType,
  type CalendarDateParts,
  type EnforcementActionKind,
  type PowerCategory,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** What the "Record what we did" form holds while the user types: strings as typed, dates as day, month and year. */
export interface ActionFormValues {
  agencyId: string;
  kind: EnforcementActionKind | '';
  powerId: string;
  personId: string;
  takenOn: CalendarDateParts;
  details: string;
  complianceDeadline: CalendarDateParts;
  courtDate: CalendarDateParts;
  reviewOn: CalendarDateParts;
  endsOn: CalendarDateParts;
  indefinite: boolean;
}

const NO_DATE: CalendarDateParts = { day: '', month: '', year: '' };

export function emptyActionForm(today: string, agencyId: string): ActionFormValues {
  return {
    agencyId,
    kind: '',
    powerId: '',
    personId: '',
    takenOn: calendarDateParts(today),
    details: '',
    complianceDeadline: NO_DATE,
    courtDate: NO_DATE,
    reviewOn: NO_DATE,
    endsOn: NO_DATE,
    indefinite: false,
  };
}

/** Field name (as RecordEnforcementActionInput names it) → the id of its input, in the order they appear. */
export const ACTION_FORM_FIELDS: Record<keyof ActionFormValues, string> = {
  agencyId: 'action-agencyId',
  kind: 'action-kind',
  powerId: 'action-powerId',
  personId: 'action-personId',
  takenOn: 'action-takenOn',
  details: 'action-details',
  complianceDeadline: 'action-complianceDeadline',
  courtDate: 'action-courtDate',
  reviewOn: 'action-reviewOn',
  endsOn: 'action-endsOn',
  indefinite: 'action-indefinite',
};

/** Kinds that need not rest on a power (the API says the same). */
export const KINDS_WITHOUT_POWER: readonly EnforcementActionKind[] = ['ADVICE', 'NO_ACTION', 'REFERRAL'];

/** The catalogue category a kind of action is usually taken under; null when any power may fit. */
export const KIND_CATEGORY: Record<EnforcementActionKind, PowerCategory | null> = {
  ADVICE: null,
  WARNING: 'NOTICE',
  INSPECTION: 'ENTRY_INSPECTION',
  NOTICE_SERVED: 'NOTICE',
  PROHIBITION: 'PROHIBITION_CLOSURE',
  CLOSURE_NOTICE: 'PROHIBITION_CLOSURE',
  CLOSURE_ORDER: 'PROHIBITION_CLOSURE',
  CIVIL_ORDER: 'CIVIL_ORDER',
  LICENCE_REVIEW: 'LICENCE_ACTION',
  LICENCE_SUSPENSION: 'LICENCE_ACTION',
  LICENCE_REVOCATION: 'LICENCE_ACTION',
  SEIZURE: 'SEIZURE',
  ARREST: null,
  REFERRAL: null,
  NO_ACTION: null,
};

export interface PowerOption {
  id: string;
  name: string;
  category: PowerCategory;
  holderAgencyTypes: readonly AgencyType[];
  minDuration: string | null;
  maxDuration: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * The powers to offer: those the acting agency holds and that are in force on the day, the ones fitting the
 * kind of action first, each group by name. Without a known agency, every power in force.
 */
export function powerChoices(
  powers: readonly PowerOption[],
  agencyType: AgencyType | null,
  kind: EnforcementActionKind | '',
  day: string | null,
): PowerOption[] {
  const category = kind ? KIND_CATEGORY[kind] : null;
  const inForce = (p: PowerOption) => !day || (p.effectiveFrom <= day && (!p.effectiveTo || day <= p.effectiveTo));
  const held = powers.filter((p) => (!agencyType || p.holderAgencyTypes.includes(agencyType)) && inForce(p));
  const fits = (p: PowerOption) => (category && p.category === category ? 0 : 1);
  return [...held].sort((a, b) => fits(a) - fits(b) || a.name.localeCompare(b.name, 'en-GB'));
}

/** Orders have an end date when the law gives them a minimum or maximum duration. */
export function powerHasDuration(power: Pick<PowerOption, 'minDuration' | 'maxDuration'> | null | undefined): boolean {
  return !!power && !!(power.minDuration || power.maxDuration);
}

/** Orders against a person (a Sexual Risk Order): a person can be chosen for civil orders. */
export function mayNamePerson(
  kind: EnforcementActionKind | '',
  power: Pick<PowerOption, 'category'> | null | undefined,
) {
  return kind === 'CIVIL_ORDER' || power?.category === 'CIVIL_ORDER';
}

/** What can be checked before sending: the form is complete and its dates are real. The API checks the law. */
export function actionFormProblems(values: ActionFormValues, coordinating: boolean): FieldErrors {
  const needsPower = values.kind !== '' && !KINDS_WITHOUT_POWER.includes(values.kind) && !values.powerId;
  return {
    agencyId: coordinating && !values.agencyId ? 'Choose the agency that took the action' : undefined,
    kind: values.kind ? undefined : 'Choose what was done',
    powerId: needsPower ? 'Choose the power the action was taken under' : undefined,
    takenOn: calendarDatePartsProblem(values.takenOn, 'The date the action was taken', true) ?? undefined,
    details: requiredText(values.details, 'what was done', 8000) ?? undefined,
    complianceDeadline: calendarDatePartsProblem(values.complianceDeadline, 'The compliance deadline') ?? undefined,
    courtDate: calendarDatePartsProblem(values.courtDate, 'The court date') ?? undefined,
    reviewOn: calendarDatePartsProblem(values.reviewOn, 'The review date') ?? undefined,
    endsOn: calendarDatePartsProblem(values.endsOn, 'The date the order ends') ?? undefined,
  };
}

/** The mutation's input; fields the form does not show for this power are left out. */
export function actionInputFrom(
  values: ActionFormValues,
  premisesId: string,
  visitPlanId: string | null,
  power: PowerOption | null,
) {
  const withDuration = powerHasDuration(power);
  return {
    premisesId,
    visitPlanId,
    agencyId: values.agencyId,
    kind: values.kind as EnforcementActionKind,
    powerId: values.powerId || null,
    personId: mayNamePerson(values.kind, power) ? values.personId || null : null,
    takenOn: calendarDateFromParts(values.takenOn) ?? '',
    details: values.details,
    complianceDeadline: calendarDateFromParts(values.complianceDeadline),
    courtDate: calendarDateFromParts(values.courtDate),
    reviewOn: calendarDateFromParts(values.reviewOn),
    endsOn: withDuration && !values.indefinite ? calendarDateFromParts(values.endsOn) : null,
    indefinite: withDuration && !power?.maxDuration ? values.indefinite : false,
  };
}

// The unsent draft --------------------------------------------------------------------------

/** Where a premises' unsent action is kept in this tab, so a reload or a dropped connection loses nothing. */
export const draftKey = (premisesId: string) => `lantern.enforcement-action-draft.${premisesId}`;

export function readDraft(storage: Pick<Storage, 'getItem'>, premisesId: string): ActionFormValues | null {
  try {
    const text = storage.getItem(draftKey(premisesId));
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<ActionFormValues>;
    if (typeof draft !== 'object' || draft === null || typeof draft.details !== 'string') return null;
    if (draft.kind && !ENFORCEMENT_ACTION_KINDS.includes(draft.kind as EnforcementActionKind)) return null;
    return { ...emptyActionForm('', ''), ...draft } as ActionFormValues;
  } catch {
    return null;
  }
}

export function writeDraft(storage: Pick<Storage, 'setItem'>, premisesId: string, values: ActionFormValues): void {
  try {
    storage.setItem(draftKey(premisesId), JSON.stringify(values));
  } catch {
    // Storage full or refused (private browsing): the form still holds what was typed.
  }
}

export function clearDraft(storage: Pick<Storage, 'removeItem'>, premisesId: string): void {
  try {
    storage.removeItem(draftKey(premisesId));
  } catch {
    // Nothing to clear.
  }
}
