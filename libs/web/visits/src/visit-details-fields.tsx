import { RISK_LEVEL_LABELS, RISK_LEVELS } from '@lantern/shared/domain';
import { Radios, Textarea, TextInput, type FieldErrors } from '@lantern/web/ui';
import { VisitWhenFields } from './visit-when-fields';
import type { VisitDetailsFormValues } from './visit-details-form-values';

const RISK_HINTS: Record<string, string> = {
  LOW: 'No known risk to officers beyond the usual',
  MEDIUM: 'Some risk: for example, hostile occupants or dogs',
  HIGH: 'Serious risk: for example, weapons or violence reported. Police should lead entry',
};

interface VisitDetailsFieldsProps {
  values: VisitDetailsFormValues;
  onChange: (values: VisitDetailsFormValues) => void;
  errors: FieldErrors;
}

/** When the visit is, where officers meet, and the risks: for planning a visit and changing its details. */
export function VisitDetailsFields({ values, onChange, errors }: VisitDetailsFieldsProps) {
  const set =
    <K extends keyof VisitDetailsFormValues>(field: K) =>
    (value: VisitDetailsFormValues[K]) =>
      onChange({ ...values, [field]: value });
  return (
    <>
      <VisitWhenFields
        values={values}
        onChange={(changes) => onChange({ ...values, ...changes })}
        errors={errors}
        start={{ label: 'Start time', hint: 'London time, 24-hour clock, for example 22:00' }}
        end={{
          label: 'End time (optional)',
          hint: 'If it is earlier than the start time, the visit ends the next day. A visit can last up to 24 hours.',
        }}
      />
      <TextInput
        id="rendezvousPoint"
        label="Rendezvous point (optional)"
        hint="Where officers meet before going to the premises"
        value={values.rendezvousPoint}
        onChange={set('rendezvousPoint')}
        error={errors['rendezvousPoint']}
      />
      <Radios
        id="riskLevel"
        legend="Risk to officers"
        legendSize="s"
        value={values.riskLevel}
        onChange={(riskLevel) => set('riskLevel')(riskLevel as VisitDetailsFormValues['riskLevel'])}
        options={RISK_LEVELS.map((level) => ({
          value: level,
          text: RISK_LEVEL_LABELS[level],
          hint: RISK_HINTS[level],
        }))}
        error={errors['riskLevel']}
      />
      <Textarea
        id="riskAssessment"
        label="Risk assessment (optional)"
        hint="What is known about risks to officers, and how they will be managed"
        value={values.riskAssessment}
        onChange={set('riskAssessment')}
        error={errors['riskAssessment']}
        rows={5}
      />
      <Textarea
        id="briefingNotes"
        label="Briefing notes (optional)"
        hint="What officers need to know: the objective, what to look for, who leads entry"
        value={values.briefingNotes}
        onChange={set('briefingNotes')}
        error={errors['briefingNotes']}
        rows={6}
      />
    </>
  );
}
