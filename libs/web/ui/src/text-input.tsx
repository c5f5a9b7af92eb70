import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './form-group';

export type InputWidth =
  '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third';

interface TextInputProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  width?: InputWidth;
  /** Postcodes, registrations: shown in capitals as typed. */
  uppercase?: boolean;
}

function widthClass(width?: InputWidth): string | undefined {
  if (!width) return undefined;
  return /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

/** One line of text, with its label, hint and error message. */
export function TextInput({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  width,
  uppercase,
}: TextInputProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        className={classNames(
          'govuk-input',
          error && 'govuk-input--error',
          widthClass(width),
          uppercase && 'lantern-input--uppercase',
        )}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
