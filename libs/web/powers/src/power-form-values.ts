import {
  AGENCY_TYPES,
  ENTRY_RIGHTS,
  isoDateProblem,
  isoDurationProblem,
  oneOf,
  optionalText,
  POWER_CATEGORIES,
  requiredText,
  type AgencyType,
  type EntryRight,
  type PowerCategory,
  type PowerCondition,
  type PremisesKind,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** The power form while the user types. `premisesScope` says whether it applies to any premises or only `premisesKinds`. */
export interface PowerFormValues {
  code: string;
  name: string;
  legalBasis: string;
  category: PowerCategory | '';
  entry: EntryRight | '';
  holderAgencyTypes: AgencyType[];
  premisesScope: 'ANY' | 'SOME';
  premisesKinds: PremisesKind[];
  conditions: PowerCondition[];
  minDuration: string;
  maxDuration: string;
  noticePeriod: string;
  minCompliancePeriod: string;
  requiresWrittenAuthorisation: boolean;
  effectiveFrom: string;
  effectiveTo: string;
  notes: string;
  source: string;
}

export const EMPTY_POWER_FORM: PowerFormValues = {
  code: '',
  name: '',
  legalBasis: '',
  category: '',
  entry: '',
  holderAgencyTypes: [],
  premisesScope: 'ANY',
  premisesKinds: [],
  conditions: [],
  minDuration: '',
  maxDuration: '',
  noticePeriod: '',
  minCompliancePeriod: '',
  requiresWrittenAuthorisation: false,
  effectiveFrom: '',
  effectiveTo: '',
  notes: '',
  source: '',
};

/** Field name (as PowerInput names it) → id of its input, in the order of the form. */
export const POWER_FORM_FIELDS: Record<string, string> = {
  name: 'name',
  code: 'code',
  legalBasis: 'legalBasis',
  category: 'category',
  entry: 'entry',
  holderAgencyTypes: 'holderAgencyTypes',
  premisesKinds: 'premisesScope',
  conditions: 'conditions',
  minDuration: 'minDuration',
  maxDuration: 'maxDuration',
  noticePeriod: 'noticePeriod',
  minCompliancePeriod: 'minCompliancePeriod',
  requiresWrittenAuthorisation: 'requiresWrittenAuthorisation',
  effectiveFrom: 'effectiveFrom',
  effectiveTo: 'effectiveTo',
  notes: 'notes',
  source: 'source',
};

interface SavedPower {
  code: string;
  name: string;
  legalBasis: string;
  category: PowerCategory;
  entry: EntryRight;
  holderAgencyTypes: AgencyType[];
  premisesKinds?: PremisesKind[] | null;
  conditions: PowerCondition[];
  minDuration?: string | null;
  maxDuration?: string | null;
  noticePeriod?: string | null;
  minCompliancePeriod?: string | null;
  requiresWrittenAuthorisation: boolean;
  effectiveFrom: string;
  effectiveTo?: string | null;
  notes: string;
  source: string;
}

export function powerFormFrom(power: SavedPower): PowerFormValues {
  return {
    code: power.code,
    name: power.name,
    legalBasis: power.legalBasis,
    category: power.category,
    entry: power.entry,
    holderAgencyTypes: [...power.holderAgencyTypes],
    premisesScope: power.premisesKinds ? 'SOME' : 'ANY',
    premisesKinds: [...(power.premisesKinds ?? [])],
    conditions: [...power.conditions],
    minDuration: power.minDuration ?? '',
    maxDuration: power.maxDuration ?? '',
    noticePeriod: power.noticePeriod ?? '',
    minCompliancePeriod: power.minCompliancePeriod ?? '',
    requiresWrittenAuthorisation: power.requiresWrittenAuthorisation,
    effectiveFrom: power.effectiveFrom,
    effectiveTo: power.effectiveTo ?? '',
    notes: power.notes,
    source: power.source,
  };
}

export function powerFormProblems(values: PowerFormValues): FieldErrors {
  return {
    name: requiredText(values.name, 'the name of the power', 200) ?? undefined,
    code:
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.code.trim()) && values.code.trim().length <= 120
        ? undefined
        : 'Code must be lower-case words and numbers joined by hyphens, 120 characters or fewer',
    legalBasis: requiredText(values.legalBasis, 'the legal basis (Act and section)', 300) ?? undefined,
    category: oneOf(values.category, POWER_CATEGORIES, 'the category') ?? undefined,
    entry: oneOf(values.entry, ENTRY_RIGHTS, 'whether it gives entry') ?? undefined,
    holderAgencyTypes: values.holderAgencyTypes.length ? undefined : 'Select at least one agency type that holds it',
    premisesKinds:
      values.premisesScope === 'SOME' && values.premisesKinds.length === 0
        ? 'Select the kinds of premises it applies to, or choose any kind'
        : undefined,
    minDuration: isoDurationProblem(values.minDuration, 'Minimum duration') ?? undefined,
    maxDuration: isoDurationProblem(values.maxDuration, 'Maximum duration') ?? undefined,
    noticePeriod: isoDurationProblem(values.noticePeriod, 'Notice period') ?? undefined,
    minCompliancePeriod: isoDurationProblem(values.minCompliancePeriod, 'Minimum compliance period') ?? undefined,
    effectiveFrom: isoDateProblem(values.effectiveFrom, 'The date it took effect', true) ?? undefined,
    effectiveTo:
      isoDateProblem(values.effectiveTo, 'The date it ended') ??
      (values.effectiveTo.trim() &&
      values.effectiveFrom.trim() &&
      values.effectiveTo.trim() < values.effectiveFrom.trim()
        ? 'The date it ended must be on or after the date it took effect'
        : undefined),
    notes: optionalText(values.notes, 'notes', 4000) ?? undefined,
    source: optionalText(values.source, 'source', 1000) ?? undefined,
  };
}

const durationOrNull = (value: string) => (value.trim() ? value.trim().toUpperCase() : null);

export function powerInputFrom(values: PowerFormValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    legalBasis: values.legalBasis.trim(),
    category: values.category as PowerCategory,
    entry: values.entry as EntryRight,
    holderAgencyTypes: values.holderAgencyTypes.filter((type) => AGENCY_TYPES.includes(type)),
    premisesKinds: values.premisesScope === 'SOME' ? values.premisesKinds : null,
    conditions: values.conditions,
    minDuration: durationOrNull(values.minDuration),
    maxDuration: durationOrNull(values.maxDuration),
    noticePeriod: durationOrNull(values.noticePeriod),
    minCompliancePeriod: durationOrNull(values.minCompliancePeriod),
    requiresWrittenAuthorisation: values.requiresWrittenAuthorisation,
    effectiveFrom: values.effectiveFrom.trim(),
    effectiveTo: values.effectiveTo.trim() || null,
    notes: values.notes.trim(),
    source: values.source.trim(),
  };
}
