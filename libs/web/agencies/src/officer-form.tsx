import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { blankToNull, emailProblem, optionalText, phoneProblem, requiredText } from '@lantern/shared/domain';
import { Button, ButtonGroup, Checkbox, TextInput, type FieldErrors } from '@lantern/web/ui';

export interface OfficerFormValues {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  active: boolean;
}

export const EMPTY_OFFICER_FORM: OfficerFormValues = { name: '', jobTitle: '', email: '', phone: '', active: true };
export const OFFICER_FORM_FIELDS: Record<keyof OfficerFormValues, string> = {
  name: 'name',
  jobTitle: 'jobTitle',
  email: 'email',
  phone: 'phone',
  active: 'active',
};

export function officerFormFrom(officer: {
  name: string;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
  active: boolean;
}): OfficerFormValues {
  return {
    name: officer.name,
    jobTitle: officer.jobTitle ?? '',
    email: officer.email ?? '',
    phone: officer.phone ?? '',
    active: officer.active,
  };
}

export function officerFormProblems(values: OfficerFormValues): FieldErrors {
  return {
    name: requiredText(values.name, "the officer's name", 200) ?? undefined,
    jobTitle: optionalText(values.jobTitle, 'job title', 200) ?? undefined,
    email: emailProblem(values.email) ?? undefined,
    phone: phoneProblem(values.phone) ?? undefined,
  };
}

export function officerInputFrom(values: OfficerFormValues) {
  return {
    name: values.name.trim(),
    jobTitle: blankToNull(values.jobTitle),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    active: values.active,
  };
}

interface OfficerFormProps {
  values: OfficerFormValues;
  onChange: (values: OfficerFormValues) => void;
  errors: FieldErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
}

export function OfficerForm({
  values,
  onChange,
  errors,
  onSubmit,
  submitting,
  submitLabel,
  cancelHref,
}: OfficerFormProps) {
  const set = (field: 'name' | 'jobTitle' | 'email' | 'phone') => (value: string) =>
    onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id={OFFICER_FORM_FIELDS.name}
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <TextInput
        id={OFFICER_FORM_FIELDS.jobTitle}
        label="Job title (optional)"
        hint="For example, Fire protection officer"
        value={values.jobTitle}
        onChange={set('jobTitle')}
        error={errors['jobTitle']}
      />
      <TextInput
        id={OFFICER_FORM_FIELDS.email}
        label="Work email address (optional)"
        type="email"
        spellCheck={false}
        autoComplete="off"
        value={values.email}
        onChange={set('email')}
        error={errors['email']}
      />
      <TextInput
        id={OFFICER_FORM_FIELDS.phone}
        label="Work telephone number (optional)"
        type="tel"
        width="20"
        autoComplete="off"
        value={values.phone}
        onChange={set('phone')}
        error={errors['phone']}
      />
      <Checkbox
        id={OFFICER_FORM_FIELDS.active}
        label="Active"
        hint="Untick when the officer leaves, so they are no longer asked to attend visits"
        checked={values.active}
        onChange={(active) => onChange({ ...values, active })}
        error={errors['active']}
      />
      <ButtonGroup>
        <Button disabled={submitting}>{submitLabel}</Button>
        <Link className="govuk-link" to={cancelHref}>
          Cancel
        </Link>
      </ButtonGroup>
    </form>
  );
}
