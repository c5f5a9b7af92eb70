import type { CalendarDateParts } from '@lantern/shared/domain';
import { DateInput, Fieldset, TextInput, type FieldErrors } from '@lantern/web/ui';

/** The day of a visit and its start and end times, in London time, as a planner or a record form asks for them. */
export interface VisitWhen {
  date: CalendarDateParts;
  startTime: string;
  endTime: string;
}

interface VisitWhenFieldsProps {
  values: VisitWhen;
  onChange: (changes: Partial<VisitWhen>) => void;
  errors: FieldErrors;
  start: { label: string; hint: string };
  end: { label: string; hint: string };
}

export function VisitWhenFields({ values, onChange, errors, start, end }: VisitWhenFieldsProps) {
  return (
    <Fieldset legend="When" legendSize="m">
      <DateInput
        id="date"
        legend="Date of the visit"
        legendSize="s"
        hint="For example, 13 3 2026"
        value={values.date}
        onChange={(date) => onChange({ date })}
        error={errors['date']}
      />
      {(
        [
          ['startTime', start],
          ['endTime', end],
        ] as const
      ).map(([field, text]) => (
        <TextInput
          key={field}
          id={field}
          label={text.label}
          hint={text.hint}
          width="5"
          inputMode="numeric"
          spellCheck={false}
          value={values[field]}
          onChange={(value) => onChange({ [field]: value })}
          error={errors[field]}
        />
      ))}
    </Fieldset>
  );
}
