import {
  blankToNull,
  normalisePostcode,
  oneOf,
  optionalText,
  postcodeProblem,
  PREMISES_KINDS,
  PREMISES_STATUSES,
  PREMISES_USES,
  requiredText,
  uprnProblem,
  type PremisesKind,
  type PremisesStatus,
  type PremisesUse,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** What the premises form holds while the user types: strings as typed, choices possibly not made yet. */
export interface PremisesFormValues {
  name: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  uprn: string;
  kind: PremisesKind | '';
  use: PremisesUse | '';
  status: PremisesStatus;
  licensableActivity: boolean;
  concernSummary: string;
}

export const EMPTY_PREMISES_FORM: PremisesFormValues = {
  name: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  uprn: '',
  kind: '',
  use: '',
  status: 'OF_CONCERN',
  licensableActivity: false,
  concernSummary: '',
};

/** Field name (as PremisesInput names it) → the id of its input, in the order they appear on the form. */
export const PREMISES_FORM_FIELDS: Record<keyof PremisesFormValues, string> = {
  name: 'name',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  town: 'town',
  postcode: 'postcode',
  uprn: 'uprn',
  kind: 'kind',
  use: 'use',
  status: 'status',
  licensableActivity: 'licensableActivity',
  concernSummary: 'concernSummary',
};

interface SavedPremises {
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  town: string;
  postcode: string;
  uprn?: string | null;
  kind: PremisesKind;
  use: PremisesUse;
  status: PremisesStatus;
  licensableActivity: boolean;
  concernSummary: string;
}

export function premisesFormFrom(premises: SavedPremises): PremisesFormValues {
  return {
    name: premises.name,
    addressLine1: premises.addressLine1,
    addressLine2: premises.addressLine2 ?? '',
    town: premises.town,
    postcode: premises.postcode,
    uprn: premises.uprn ?? '',
    kind: premises.kind,
    use: premises.use,
    status: premises.status,
    licensableActivity: premises.licensableActivity,
    concernSummary: premises.concernSummary,
  };
}

/** The same checks the server makes (shared rules), so most mistakes are caught before sending. */
export function premisesFormProblems(values: PremisesFormValues): FieldErrors {
  return {
    name: requiredText(values.name, 'a name or short description of the premises', 200) ?? undefined,
    addressLine1: requiredText(values.addressLine1, 'the first line of the address', 200) ?? undefined,
    addressLine2: optionalText(values.addressLine2, 'the second line of the address', 200) ?? undefined,
    town: requiredText(values.town, 'the town or city', 100) ?? undefined,
    postcode: postcodeProblem(values.postcode) ?? undefined,
    uprn: uprnProblem(values.uprn) ?? undefined,
    kind: oneOf(values.kind, PREMISES_KINDS, 'the kind of premises') ?? undefined,
    use: oneOf(values.use, PREMISES_USES, 'whether it is a dwelling, trade premises or both') ?? undefined,
    status: oneOf(values.status, PREMISES_STATUSES, 'the status') ?? undefined,
    concernSummary: optionalText(values.concernSummary, 'the summary of concerns', 4000) ?? undefined,
  };
}

/** The PremisesInput to send; call only once premisesFormProblems found nothing. */
export function premisesInputFrom(values: PremisesFormValues) {
  return {
    name: values.name.trim(),
    addressLine1: values.addressLine1.trim(),
    addressLine2: blankToNull(values.addressLine2),
    town: values.town.trim(),
    postcode: normalisePostcode(values.postcode),
    uprn: blankToNull(values.uprn),
    kind: values.kind as PremisesKind,
    use: values.use as PremisesUse,
    status: values.status,
    licensableActivity: values.licensableActivity,
    concernSummary: values.concernSummary.trim(),
  };
}
