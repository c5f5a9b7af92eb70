import { emailProblem, passwordProblem, requiredText, ROLES, type Role } from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** The new-user form as typed: every field a string, so nothing typed is lost on a failed save. */
export interface UserFormValues {
  displayName: string;
  email: string;
  role: string;
  agencyId: string;
  officerId: string;
  password: string;
}

export const EMPTY_USER_FORM: UserFormValues = {
  displayName: '',
  email: '',
  role: '',
  agencyId: '',
  officerId: '',
  password: '',
};

/** Form field ids, named like the API's input fields so its field errors land on them. */
export const USER_FORM_FIELDS: Record<keyof UserFormValues, string> = {
  displayName: 'displayName',
  email: 'email',
  role: 'role',
  agencyId: 'agencyId',
  officerId: 'officerId',
  password: 'password',
};

export function userFormProblems(values: UserFormValues): FieldErrors {
  return {
    displayName: requiredText(values.displayName, 'the name the user is shown by', 200) ?? undefined,
    email: emailProblem(values.email, true) ?? undefined,
    role: (ROLES as readonly string[]).includes(values.role) ? undefined : 'Choose the user’s role',
    agencyId: values.agencyId ? undefined : 'Choose the agency the user works for',
    password: passwordProblem(values.password) ?? undefined,
  };
}

export function userInputFrom(values: UserFormValues) {
  return {
    displayName: values.displayName.trim(),
    email: values.email.trim(),
    role: values.role as Role,
    agencyId: values.agencyId,
    officerId: values.officerId || null,
    password: values.password,
  };
}

/** Changing the agency clears an officer chosen from the previous agency's list. */
export function withAgency(values: UserFormValues, agencyId: string): UserFormValues {
  return { ...values, agencyId, officerId: agencyId === values.agencyId ? values.officerId : '' };
}
