import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './form-group';
import { choiceId } from './radios';
import type { Choice } from './select';

interface CheckboxesProps {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: Choice[];
  small?: boolean;
}

/** Choose any number of answers; the ticked ones come back in the options' order. */
export function Checkboxes({
  id,
  name,
  legend,
  legendSize,
  hint,
  error,
  values,
  onChange,
  options,
  small,
}: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((option) => next.has(option)));
  };
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={legendSize} describedById={describedBy(id, hint, error)}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')}>
          {options.map((option, index) => {
            const optionId = choiceId(id, index, option.value);
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name ?? id}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint && (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

interface CheckboxProps {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A single yes-or-no statement, such as "Licensable activity takes place here". */
export function Checkbox({ id, name, label, hint, error, checked, onChange }: CheckboxProps) {
  return (
    <FormGroup error={error}>
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name ?? id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={describedBy(id, hint, error)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </FormGroup>
  );
}
