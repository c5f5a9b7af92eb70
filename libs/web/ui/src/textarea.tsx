import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './form-group';

interface TextareaProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

/** Several lines of text. */
export function Textarea({ id, name, label, labelSize, hint, error, value, onChange, rows = 5 }: TextareaProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <textarea
        className={classNames('govuk-textarea', error && 'govuk-textarea--error')}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
