import type { FormEvent } from 'react';
import {
  PREMISES_KIND_LABELS,
  PREMISES_KINDS,
  PREMISES_STATUS_LABELS,
  PREMISES_STATUSES,
  PREMISES_USE_LABELS,
  PREMISES_USES,
  type PremisesStatus,
} from '@lantern/shared/domain';
import {
  Button,
  ButtonGroup,
  Checkbox,
  choicesFrom,
  Fieldset,
  Radios,
  Select,
  Textarea,
  TextInput,
  type FieldErrors,
} from '@lantern/web/ui';
import { Link } from 'react-router';
import type { PremisesFormValues } from './premises-form-values';

const USE_HINTS: Record<string, string> = {
  DWELLING: 'Someone lives there, or it is an empty home',
  TRADE: 'A business trades there and nobody lives there',
  BOTH: 'For example, a shop with a flat above used by the same business',
  NEITHER: 'For example, a park or a car park',
};

interface PremisesFormProps {
  values: PremisesFormValues;
  onChange: (values: PremisesFormValues) => void;
  errors: FieldErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
}

/** Every fact recorded about a premises of concern, for adding one or changing it. */
export function PremisesForm({
  values,
  onChange,
  errors,
  onSubmit,
  submitting,
  submitLabel,
  cancelHref,
}: PremisesFormProps) {
  const set =
    <K extends keyof PremisesFormValues>(field: K) =>
    (value: PremisesFormValues[K]) =>
      onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id="name"
        label="Name or short description"
        hint="For example, the business name, or ‘Flat above 12 High Street’"
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <Fieldset legend="Address" legendSize="m">
        <TextInput
          id="addressLine1"
          label="Address line 1"
          autoComplete="address-line1"
          value={values.addressLine1}
          onChange={set('addressLine1')}
          error={errors['addressLine1']}
        />
        <TextInput
          id="addressLine2"
          label="Address line 2 (optional)"
          autoComplete="address-line2"
          value={values.addressLine2}
          onChange={set('addressLine2')}
          error={errors['addressLine2']}
        />
        <TextInput
          id="town"
          label="Town or city"
          autoComplete="address-level2"
          width="two-thirds"
          value={values.town}
          onChange={set('town')}
          error={errors['town']}
        />
        <TextInput
          id="postcode"
          label="Postcode"
          autoComplete="postal-code"
          width="10"
          uppercase
          spellCheck={false}
          value={values.postcode}
          onChange={set('postcode')}
          error={errors['postcode']}
        />
        <TextInput
          id="uprn"
          label="UPRN (optional)"
          hint="Unique Property Reference Number, up to 12 digits, if you know it"
          inputMode="numeric"
          width="20"
          spellCheck={false}
          value={values.uprn}
          onChange={set('uprn')}
          error={errors['uprn']}
        />
      </Fieldset>
      <Select
        id="kind"
        label="Kind of premises"
        value={values.kind}
        onChange={(kind) => set('kind')(kind as PremisesFormValues['kind'])}
        options={choicesFrom(PREMISES_KINDS, PREMISES_KIND_LABELS)}
        emptyOption="Choose the kind of premises"
        error={errors['kind']}
      />
      <Radios
        id="use"
        legend="Do people live there, trade there, or both?"
        legendSize="s"
        hint="This decides which powers can be used there"
        value={values.use}
        onChange={(use) => set('use')(use as PremisesFormValues['use'])}
        options={PREMISES_USES.map((use) => ({ value: use, text: PREMISES_USE_LABELS[use], hint: USE_HINTS[use] }))}
        error={errors['use']}
      />
      <Select
        id="status"
        label="Status"
        value={values.status}
        onChange={(status) => set('status')(status as PremisesStatus)}
        options={choicesFrom(PREMISES_STATUSES, PREMISES_STATUS_LABELS)}
        error={errors['status']}
      />
      <Checkbox
        id="licensableActivity"
        label="Licensable activity takes place here"
        hint="For example, selling alcohol or late night refreshment. Licensing Act powers can only be used where there is licensable activity."
        checked={values.licensableActivity}
        onChange={set('licensableActivity')}
        error={errors['licensableActivity']}
      />
      <Textarea
        id="concernSummary"
        label="Summary of concerns (optional)"
        hint="What is known about the premises and why it is of concern"
        value={values.concernSummary}
        onChange={set('concernSummary')}
        error={errors['concernSummary']}
        rows={6}
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
