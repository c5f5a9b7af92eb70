import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './form-group';
import type { Choice } from './select';

interface RadiosProps {
  /** The id of the group; each radio's id is `${id}` for the first and `${id}-${value}` for the rest. */
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  options: Choice[];
  inline?: boolean;
  small?: boolean;
}

export function choiceId(groupId: string, index: number, value: string): string {
  return index === 0 ? groupId : `${groupId}-${value}`;
}

/** Choose one answer. The first radio carries the group's id, so an error summary link lands on it. */
export function Radios({
  id,
  name,
  legend,
  legendSize,
  hint,
  error,
  value,
  onChange,
  options,
  inline,
  small,
}: RadiosProps) {
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={legendSize} describedById={describedBy(id, hint, error)}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={classNames('govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small')}>
          {options.map((option, index) => {
            const optionId = choiceId(id, index, option.value);
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name ?? id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint && (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
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
