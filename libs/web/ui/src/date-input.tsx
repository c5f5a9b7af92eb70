import type { ReactNode } from 'react';
import type { CalendarDateParts } from '@lantern/shared/domain';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './form-group';

interface DateInputProps {
  /** The day box carries this id, so an error summary link lands on it. */
  id: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  hint?: ReactNode;
  error?: string | null;
  value: CalendarDateParts;
  onChange: (value: CalendarDateParts) => void;
  /** e.g. "bday" for a date of birth: the boxes then get bday-day, bday-month, bday-year. */
  autoCompletePrefix?: string;
}

const BOXES = [
  { part: 'day', label: 'Day', width: 2, autoComplete: 'day' },
  { part: 'month', label: 'Month', width: 2, autoComplete: 'month' },
  { part: 'year', label: 'Year', width: 4, autoComplete: 'year' },
] as const;

/** A memorable date as three boxes: day, month and year (GOV.UK date input). */
export function DateInput({
  id,
  legend,
  legendSize,
  hint,
  error,
  value,
  onChange,
  autoCompletePrefix,
}: DateInputProps) {
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={legendSize} describedById={describedBy(id, hint, error)}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={`${id}-date`}>
          {BOXES.map((box) => {
            const boxId = box.part === 'day' ? id : `${id}-${box.part}`;
            return (
              <div className="govuk-date-input__item" key={box.part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
                    {box.label}
                  </label>
                  <input
                    className={classNames(
                      'govuk-input',
                      'govuk-date-input__input',
                      `govuk-input--width-${box.width}`,
                      error && 'govuk-input--error',
                    )}
                    id={boxId}
                    name={`${id}-${box.part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${box.autoComplete}` : undefined}
                    value={value[box.part]}
                    onChange={(event) => onChange({ ...value, [box.part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
