import { Duration } from 'luxon';
import {
  AGENCY_TYPES,
  ENTRY_RIGHTS,
  oneOf,
  POWER_CATEGORIES,
  POWER_CONDITIONS,
  PREMISES_KIND_LABELS,
  PREMISES_KINDS,
  requiredText,
  optionalText,
  listInWords,
} from '@lantern/shared/domain';
import type {
  AgencyType,
  EntryRight,
  PowerCategory,
  PowerCondition,
  PremisesKind,
  PremisesUse,
} from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

/** A power as the catalogue file and the administrators' form describe it. */
export interface PowerFields {
  code: string;
  name: string;
  legalBasis: string;
  category: PowerCategory;
  entry: EntryRight;
  holderAgencyTypes: AgencyType[];
  /** Null: applies to any kind of premises. */
  premisesKinds: PremisesKind[] | null;
  conditions: PowerCondition[];
  minDuration: string | null;
  maxDuration: string | null;
  noticePeriod: string | null;
  minCompliancePeriod: string | null;
  requiresWrittenAuthorisation: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
  notes: string;
  source: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 duration such as P2Y, P3M, P28D or PT48H; null if it is one. */
export function durationProblem(value: string | null | undefined, label: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const duration = Duration.fromISO(value);
  if (!duration.isValid || duration.toMillis() <= 0)
    return `${label} must be a period like P2Y (2 years), P3M (3 months), P28D (28 days) or PT48H (48 hours)`;
  return null;
}

function dateProblem(value: string | null | undefined, label: string, required: boolean): string | null {
  if (!value) return required ? `Enter ${label}` : null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return `${label} must be a real date, like 2014-10-20`;
  return null;
}

function listProblem<T extends string>(
  values: readonly string[] | null | undefined,
  allowed: readonly T[],
  label: string,
  required: boolean,
): string | null {
  if (!values || values.length === 0) return required ? `Select at least one ${label}` : null;
  const unknown = values.filter((value) => !allowed.includes(value as T));
  return unknown.length ? `Unknown ${label}: ${unknown.join(', ')}` : null;
}

function durationMillis(value: string): number {
  return Duration.fromISO(value).toMillis();
}

export function powerProblems(power: PowerFields): FieldError[] {
  const checks: [string, string | null][] = [
    [
      'code',
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(power.code ?? '') && power.code.length <= 120
        ? null
        : 'Code must be lower-case words and numbers joined by hyphens, 120 characters or fewer',
    ],
    ['name', requiredText(power.name, 'the name of the power', 200)],
    ['legalBasis', requiredText(power.legalBasis, 'the legal basis (Act and section)', 300)],
    ['category', oneOf(power.category, POWER_CATEGORIES, 'the category')],
    ['entry', oneOf(power.entry, ENTRY_RIGHTS, 'whether it gives entry')],
    ['holderAgencyTypes', listProblem(power.holderAgencyTypes, AGENCY_TYPES, 'agency type that holds it', true)],
    ['premisesKinds', listProblem(power.premisesKinds, PREMISES_KINDS, 'premises kind', false)],
    ['conditions', listProblem(power.conditions, POWER_CONDITIONS, 'condition', false)],
    ['minDuration', durationProblem(power.minDuration, 'Minimum duration')],
    ['maxDuration', durationProblem(power.maxDuration, 'Maximum duration')],
    ['noticePeriod', durationProblem(power.noticePeriod, 'Notice period')],
    ['minCompliancePeriod', durationProblem(power.minCompliancePeriod, 'Minimum compliance period')],
    ['effectiveFrom', dateProblem(power.effectiveFrom, 'the date it took effect', true)],
    ['effectiveTo', dateProblem(power.effectiveTo, 'The date it ended', false)],
    ['notes', optionalText(power.notes, 'notes', 4000)],
    ['source', optionalText(power.source, 'source', 1000)],
  ];
  const problems = fieldErrors(checks);
  const has = (field: string) => problems.some((p) => p.field === field);
  if (
    power.minDuration &&
    power.maxDuration &&
    !has('minDuration') &&
    !has('maxDuration') &&
    durationMillis(power.minDuration) > durationMillis(power.maxDuration)
  ) {
    problems.push({ field: 'maxDuration', message: 'Maximum duration must not be shorter than the minimum' });
  }
  if (
    power.effectiveFrom &&
    power.effectiveTo &&
    !has('effectiveFrom') &&
    !has('effectiveTo') &&
    power.effectiveTo < power.effectiveFrom
  ) {
    problems.push({ field: 'effectiveTo', message: 'The date it ended must be on or after the date it took effect' });
  }
  return problems;
}

/**
 * Whether the power was law on a given day (YYYY-MM-DD): plans are checked against the law on the visit's date.
 * `effectiveTo` is the last day it was in force, as the catalogue file says.
 */
export function inForceOn(power: Pick<PowerFields, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean {
  return power.effectiveFrom <= day && (power.effectiveTo === null || day <= power.effectiveTo);
}

/** Why the power does not reach this premises, or null when it does. */
export function whyPowerDoesNotReach(
  power: { premisesKinds: readonly PremisesKind[] | null; conditions: readonly PowerCondition[] },
  premises: { kind: PremisesKind; use: PremisesUse },
): string | null {
  const reasons: string[] = [];
  if (power.premisesKinds && !power.premisesKinds.includes(premises.kind)) {
    reasons.push(
      `it applies only to these kinds of premises: ${listInWords(power.premisesKinds.map((kind) => PREMISES_KIND_LABELS[kind]))}; this premises is recorded as ${PREMISES_KIND_LABELS[premises.kind]}`,
    );
  }
  if (power.conditions.includes('NOT_DWELLING') && premises.use === 'DWELLING') {
    reasons.push('it does not apply to a private dwelling, and this premises is recorded as a dwelling');
  }
  if (
    power.conditions.includes('RESIDENTIAL_USE') &&
    (premises.use === 'TRADE' || premises.use === 'NEITHER') &&
    premises.kind !== 'EMPTY_DWELLING'
  ) {
    reasons.push('it applies only where someone lives or to an empty dwelling, and nobody is recorded as living here');
  }
  if (power.conditions.includes('TRADE_PREMISES') && (premises.use === 'DWELLING' || premises.use === 'NEITHER')) {
    reasons.push('it applies only to trade premises, and no trade is recorded here');
  }
  return reasons.length ? listInWords(reasons) : null;
}
