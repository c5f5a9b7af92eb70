import type { FormEvent } from 'react';
import { Link } from 'react-router';
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  ENTRY_RIGHT_LABELS,
  ENTRY_RIGHTS,
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_CONDITION_LABELS,
  POWER_CONDITIONS,
  PREMISES_KIND_LABELS,
  PREMISES_KINDS,
  type AgencyType,
  type EntryRight,
  type PowerCategory,
  type PowerCondition,
  type PremisesKind,
} from '@lantern/shared/domain';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Checkboxes,
  choicesFrom,
  Fieldset,
  Radios,
  Select,
  Textarea,
  TextInput,
  type FieldErrors,
} from '@lantern/web/ui';
import type { PowerFormValues } from './power-form-values';

const DURATION_HINT =
  'A period like P2Y (2 years), P3M (3 months), P28D (28 days) or PT48H (48 hours). Leave blank if the law sets none.';

interface PowerFormProps {
  values: PowerFormValues;
  onChange: (values: PowerFormValues) => void;
  errors: FieldErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
}

/** Every field of a power in the catalogue, for administrators. */
export function PowerForm({ values, onChange, errors, onSubmit, submitting, submitLabel, cancelHref }: PowerFormProps) {
  const set =
    <K extends keyof PowerFormValues>(field: K) =>
    (value: PowerFormValues[K]) =>
      onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id="name"
        label="Name of the power"
        hint="For example, Closure notice"
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <TextInput
        id="code"
        label="Code"
        hint="Lower-case words joined by hyphens, used to refer to the power, like asb-closure-notice"
        spellCheck={false}
        autoComplete="off"
        value={values.code}
        onChange={set('code')}
        error={errors['code']}
      />
      <TextInput
        id="legalBasis"
        label="Legal basis"
        hint="The Act and section, like Anti-social Behaviour, Crime and Policing Act 2014 s.76"
        value={values.legalBasis}
        onChange={set('legalBasis')}
        error={errors['legalBasis']}
      />
      <Select
        id="category"
        label="Category"
        value={values.category}
        onChange={(category) => set('category')(category as PowerCategory)}
        options={choicesFrom(POWER_CATEGORIES, POWER_CATEGORY_LABELS)}
        emptyOption="Choose a category"
        error={errors['category']}
      />
      <Radios
        id="entry"
        legend="Does it give entry to premises?"
        legendSize="s"
        value={values.entry}
        onChange={(entry) => set('entry')(entry as EntryRight)}
        options={choicesFrom(ENTRY_RIGHTS, ENTRY_RIGHT_LABELS)}
        error={errors['entry']}
      />
      <Checkboxes
        id="holderAgencyTypes"
        legend="Which kinds of agency hold it?"
        legendSize="s"
        hint="Select all that apply"
        small
        values={values.holderAgencyTypes}
        onChange={(types) => set('holderAgencyTypes')(types as AgencyType[])}
        options={choicesFrom(AGENCY_TYPES, AGENCY_TYPE_LABELS)}
        error={errors['holderAgencyTypes']}
      />
      <Radios
        id="premisesScope"
        legend="Which premises does it apply to?"
        legendSize="s"
        value={values.premisesScope}
        onChange={(scope) => set('premisesScope')(scope as PowerFormValues['premisesScope'])}
        options={[
          { value: 'ANY', text: 'Any kind of premises' },
          { value: 'SOME', text: 'Only some kinds of premises' },
        ]}
        error={values.premisesScope === 'ANY' ? errors['premisesKinds'] : undefined}
      />
      {values.premisesScope === 'SOME' && (
        <div className="govuk-inset-text">
          <Checkboxes
            id="premisesKinds"
            legend="Kinds of premises it applies to"
            legendSize="s"
            small
            values={values.premisesKinds}
            onChange={(kinds) => set('premisesKinds')(kinds as PremisesKind[])}
            options={choicesFrom(PREMISES_KINDS, PREMISES_KIND_LABELS)}
            error={errors['premisesKinds']}
          />
        </div>
      )}
      <Checkboxes
        id="conditions"
        legend="Conditions the law puts on its use (optional)"
        legendSize="s"
        hint="Select all that apply"
        small
        values={values.conditions}
        onChange={(conditions) => set('conditions')(conditions as PowerCondition[])}
        options={choicesFrom(POWER_CONDITIONS, POWER_CONDITION_LABELS)}
        error={errors['conditions']}
      />
      <Fieldset legend="Periods the law sets" legendSize="m">
        <TextInput
          id="minDuration"
          label="Minimum duration (optional)"
          hint={DURATION_HINT}
          width="10"
          spellCheck={false}
          uppercase
          value={values.minDuration}
          onChange={set('minDuration')}
          error={errors['minDuration']}
        />
        <TextInput
          id="maxDuration"
          label="Maximum duration (optional)"
          hint={DURATION_HINT}
          width="10"
          spellCheck={false}
          uppercase
          value={values.maxDuration}
          onChange={set('maxDuration')}
          error={errors['maxDuration']}
        />
        <TextInput
          id="noticePeriod"
          label="Notice period (optional)"
          hint={DURATION_HINT}
          width="10"
          spellCheck={false}
          uppercase
          value={values.noticePeriod}
          onChange={set('noticePeriod')}
          error={errors['noticePeriod']}
        />
        <TextInput
          id="minCompliancePeriod"
          label="Minimum time to comply (optional)"
          hint={DURATION_HINT}
          width="10"
          spellCheck={false}
          uppercase
          value={values.minCompliancePeriod}
          onChange={set('minCompliancePeriod')}
          error={errors['minCompliancePeriod']}
        />
      </Fieldset>
      <Checkbox
        id="requiresWrittenAuthorisation"
        label="Officers must be authorised in writing to use it"
        checked={values.requiresWrittenAuthorisation}
        onChange={set('requiresWrittenAuthorisation')}
        error={errors['requiresWrittenAuthorisation']}
      />
      <Fieldset legend="When it is in force" legendSize="m">
        <TextInput
          id="effectiveFrom"
          label="Date it took effect"
          hint="As YYYY-MM-DD, for example 2014-10-20"
          width="10"
          inputMode="numeric"
          value={values.effectiveFrom}
          onChange={set('effectiveFrom')}
          error={errors['effectiveFrom']}
        />
        <TextInput
          id="effectiveTo"
          label="Date it ended (optional)"
          hint="As YYYY-MM-DD. Leave blank if it is still in force"
          width="10"
          inputMode="numeric"
          value={values.effectiveTo}
          onChange={set('effectiveTo')}
          error={errors['effectiveTo']}
        />
      </Fieldset>
      <Textarea
        id="notes"
        label="Notes (optional)"
        hint="What officers should know when planning to use it"
        value={values.notes}
        onChange={set('notes')}
        error={errors['notes']}
      />
      <TextInput
        id="source"
        label="Source (optional)"
        hint="Where this was checked, for example a legislation.gov.uk address"
        spellCheck={false}
        value={values.source}
        onChange={set('source')}
        error={errors['source']}
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
