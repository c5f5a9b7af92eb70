import { AGENCY_TYPES, emailProblem, oneOf, optionalText, phoneProblem, requiredText } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

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

export function agencyProblems(input: AgencyFields): FieldError[] {
  return fieldErrors([
    ['name', requiredText(input.name, 'the agency name', 200)],
    ['type', oneOf(input.type, AGENCY_TYPES, 'the type of agency')],
    ['area', optionalText(input.area, 'area', 200)],
    ['email', emailProblem(input.email)],
    ['phone', phoneProblem(input.phone)],
  ]);
}

export function officerProblems(input: OfficerFields): FieldError[] {
  return fieldErrors([
    ['name', requiredText(input.name, "the officer's name", 200)],
    ['jobTitle', optionalText(input.jobTitle, 'job title', 200)],
    ['email', emailProblem(input.email)],
    ['phone', phoneProblem(input.phone)],
  ]);
}
