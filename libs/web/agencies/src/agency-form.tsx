import type { FormEvent } from 'react';
import { Link } from 'react-router';
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  blankToNull,
  emailProblem,
  oneOf,
  optionalText,
  phoneProblem,
  requiredText,
  type AgencyType,
} from '@lantern/shared/domain';
import { Button, ButtonGroup, choicesFrom, Select, TextInput, type FieldErrors } from '@lantern/web/ui';

export interface AgencyFormValues {
  name: string;
  type: AgencyType | '';
  area: string;
  email: string;
  phone: string;
}

export const EMPTY_AGENCY_FORM: AgencyFormValues = { name: '', type: '', area: '', email: '', phone: '' };
export const AGENCY_FORM_FIELDS: Record<keyof AgencyFormValues, string> = {
  name: 'name',
  type: 'type',
  area: 'area',
  email: 'email',
  phone: 'phone',
};

export function agencyFormFrom(agency: {
  name: string;
  type: AgencyType;
  area?: string | null;
  email?: string | null;
  phone?: string | null;
}): AgencyFormValues {
  return {
    name: agency.name,
    type: agency.type,
    area: agency.area ?? '',
    email: agency.email ?? '',
    phone: agency.phone ?? '',
  };
}

export function agencyFormProblems(values: AgencyFormValues): FieldErrors {
  return {
    name: requiredText(values.name, 'the agency name', 200) ?? undefined,
    type: oneOf(values.type, AGENCY_TYPES, 'the type of agency') ?? undefined,
    area: optionalText(values.area, 'area', 200) ?? undefined,
    email: emailProblem(values.email) ?? undefined,
    phone: phoneProblem(values.phone) ?? undefined,
  };
}

export function agencyInputFrom(values: AgencyFormValues) {
  return {
    name: values.name.trim(),
    type: values.type as AgencyType,
    area: blankToNull(values.area),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
  };
}

interface AgencyFormProps {
  values: AgencyFormValues;
  onChange: (values: AgencyFormValues) => void;
  errors: FieldErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
}

export function AgencyForm({
  values,
  onChange,
  errors,
  onSubmit,
  submitting,
  submitLabel,
  cancelHref,
}: AgencyFormProps) {
  const set = (field: keyof AgencyFormValues) => (value: string) => onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id={AGENCY_FORM_FIELDS.name}
        label="Agency name"
        hint="For example, Northbrook Council Licensing"
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <Select
        id={AGENCY_FORM_FIELDS.type}
        label="Type of agency"
        value={values.type}
        onChange={set('type')}
        options={choicesFrom(AGENCY_TYPES, AGENCY_TYPE_LABELS)}
        emptyOption="Choose the type of agency"
        error={errors['type']}
      />
      <TextInput
        id={AGENCY_FORM_FIELDS.area}
        label="Area covered (optional)"
        value={values.area}
        onChange={set('area')}
        error={errors['area']}
      />
      <TextInput
        id={AGENCY_FORM_FIELDS.email}
        label="Contact email address (optional)"
        type="email"
        spellCheck={false}
        autoComplete="off"
        value={values.email}
        onChange={set('email')}
        error={errors['email']}
      />
      <TextInput
        id={AGENCY_FORM_FIELDS.phone}
        label="Contact telephone number (optional)"
        type="tel"
        width="20"
        autoComplete="off"
        value={values.phone}
        onChange={set('phone')}
        error={errors['phone']}
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
