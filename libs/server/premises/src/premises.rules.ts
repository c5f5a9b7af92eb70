import {
  optionalText,
  oneOf,
  PERSON_ROLES,
  postcodeProblem,
  PREMISES_KINDS,
  PREMISES_STATUSES,
  PREMISES_USES,
  registrationProblem,
  requiredText,
  uprnProblem,
} from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

export interface PremisesFields {
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  town: string;
  postcode: string;
  uprn?: string | null;
  kind: string;
  use: string;
  status: string;
  licensableActivity: boolean;
  concernSummary?: string | null;
}

export interface PersonFields {
  fullName: string;
  nicknames?: string[] | null;
  dateOfBirth?: string | null;
  notes?: string | null;
}

export function premisesProblems(input: PremisesFields): FieldError[] {
  return fieldErrors([
    ['name', requiredText(input.name, 'a name or short description of the premises', 200)],
    ['addressLine1', requiredText(input.addressLine1, 'the first line of the address', 200)],
    ['addressLine2', optionalText(input.addressLine2, 'the second line of the address', 200)],
    ['town', requiredText(input.town, 'the town or city', 100)],
    ['postcode', postcodeProblem(input.postcode)],
    ['uprn', uprnProblem(input.uprn)],
    ['kind', oneOf(input.kind, PREMISES_KINDS, 'the kind of premises')],
    ['use', oneOf(input.use, PREMISES_USES, 'whether it is a dwelling, trade premises or both')],
    ['status', oneOf(input.status, PREMISES_STATUSES, 'the status')],
    ['concernSummary', optionalText(input.concernSummary, 'the summary of concerns', 4000)],
  ]);
}

/** A date of birth: a real date, not in the future, within living memory. */
export function dateOfBirthProblem(value: string | null | undefined, today: string): string | null {
  if (!value) return null;
  const parsed = Date.parse(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(parsed) ||
    new Date(parsed).toISOString().slice(0, 10) !== value
  ) {
    return 'Date of birth must be a real date';
  }
  if (value > today) return 'Date of birth must be in the past';
  if (value < '1900-01-01') return 'Date of birth must be after 1 January 1900';
  return null;
}

export function personProblems(input: PersonFields, today: string): FieldError[] {
  const nicknames = input.nicknames ?? [];
  return fieldErrors([
    ['fullName', requiredText(input.fullName, 'the full name', 200)],
    [
      'nicknames',
      nicknames.length > 20
        ? 'Enter 20 nicknames or fewer'
        : nicknames.some((n) => n.trim().length > 100)
          ? 'Each nickname must be 100 characters or fewer'
          : null,
    ],
    ['dateOfBirth', dateOfBirthProblem(input.dateOfBirth, today)],
    ['notes', optionalText(input.notes, 'notes', 4000)],
  ]);
}

export function personRoleProblem(role: string): FieldError[] {
  return fieldErrors([['role', oneOf(role, PERSON_ROLES, 'how the person is linked to the premises')]]);
}

export function vehicleProblems(input: {
  registration: string;
  make?: string | null;
  model?: string | null;
  colour?: string | null;
  notes?: string | null;
}): FieldError[] {
  return fieldErrors([
    ['registration', registrationProblem(input.registration)],
    ['make', optionalText(input.make, 'make', 60)],
    ['model', optionalText(input.model, 'model', 60)],
    ['colour', optionalText(input.colour, 'colour', 40)],
    ['notes', optionalText(input.notes, 'notes', 2000)],
  ]);
}

export function businessProblems(input: {
  name: string;
  companyNumber?: string | null;
  relationship?: string | null;
}): FieldError[] {
  const number = input.companyNumber?.trim();
  return fieldErrors([
    ['name', requiredText(input.name, 'the business name', 200)],
    [
      'companyNumber',
      number && !/^[A-Z0-9]{8}$/i.test(number)
        ? 'Company number must be 8 letters and numbers, like 01234567 or SC123456'
        : null,
    ],
    ['relationship', optionalText(input.relationship, 'relationship', 100)],
  ]);
}
