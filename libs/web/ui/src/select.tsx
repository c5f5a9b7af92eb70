import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './form-group';

export interface Choice {
  value: string;
  text: string;
  hint?: ReactNode;
}

/** Turns a label map such as PREMISES_KIND_LABELS into choices, in the order of `values`. */
export function choicesFrom<T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] {
  return values.map((value) => ({ value, text: labels[value] }));
}

interface SelectProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  options: Choice[];
  /** The first, empty option, e.g. "Any status" or "Choose the kind of premises". */
  emptyOption?: string;
}

export function Select({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  value,
  onChange,
  options,
  emptyOption,
}: SelectProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <select
        className={classNames('govuk-select', error && 'govuk-select--error')}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
