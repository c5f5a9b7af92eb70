import { AGENCY_TYPES, emailProblem, oneOf, optionalText, phoneProblem, requiredText } from '@lantern/shared/domain';
import type { FieldError } from '@lantern/server/core';

export interface AgencyFields {
  name: string;
  type: string;
  area?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface OfficerFields {
  name: string;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
}

function collect(checks: [string, string | null][]): FieldError[] {
  return checks
    .filter((check): check is [string, string] => check[1] !== null)
    .map(([field, message]) => ({ field, message }));
}

export function agencyProblems(input: AgencyFields): FieldError[] {
  return collect([
    ['name', requiredText(input.name, 'the agency name', 200)],
    ['type', oneOf(input.type, AGENCY_TYPES, 'the type of agency')],
    ['area', optionalText(input.area, 'area', 200)],
    ['email', emailProblem(input.email)],
    ['phone', phoneProblem(input.phone)],
  ]);
}

export function officerProblems(input: OfficerFields): FieldError[] {
  return collect([
    ['name', requiredText(input.name, "the officer's name", 200)],
    ['jobTitle', optionalText(input.jobTitle, 'job title', 200)],
    ['email', emailProblem(input.email)],
    ['phone', phoneProblem(input.phone)],
  ]);
}
