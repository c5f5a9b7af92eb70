import type { FormEvent, ReactNode } from 'react';
import { TASK_PRIORITIES, TASK_PRIORITY_LABELS, type TaskPriority } from '@lantern/shared/domain';
import {
  Button,
  ButtonGroup,
  choicesFrom,
  DateInput,
  Radios,
  Select,
  Textarea,
  TextInput,
  type FieldErrors,
} from '@lantern/web/ui';
import { officerChoices, TASK_FORM_FIELDS, type OwnerAgency, type TaskFormValues } from './task-form-values';

interface TaskFormProps {
  values: TaskFormValues;
  onChange: (values: TaskFormValues) => void;
  errors: FieldErrors;
  /** The group's member agencies: a task is given to one of them. */
  agencies: readonly OwnerAgency[];
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  /** Next to the button: a Cancel link on a page of its own. */
  cancel?: ReactNode;
  /** Names the form for screen reader users when it sits inside a bigger page. */
  ariaLabel?: string;
}

/** What needs doing, who will do it, by when and how urgently: for adding a task and for changing one. */
export function TaskForm({
  values,
  onChange,
  errors,
  agencies,
  onSubmit,
  submitting,
  submitLabel,
  cancel,
  ariaLabel,
}: TaskFormProps) {
  const set =
    <K extends keyof TaskFormValues>(field: K) =>
    (value: TaskFormValues[K]) =>
      onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const officers = officerChoices(agencies, values.ownerAgencyId, values.ownerOfficerId);
  return (
    <form onSubmit={submit} noValidate aria-label={ariaLabel}>
      <TextInput
        id={TASK_FORM_FIELDS.title}
        label="What needs doing"
        hint="A short title, for example ‘Check the fire risk assessment’"
        value={values.title}
        onChange={set('title')}
        error={errors['title']}
      />
      <Textarea
        id={TASK_FORM_FIELDS.details}
        label="Details (optional)"
        hint="What the owner needs to know to do it"
        rows={4}
        value={values.details}
        onChange={set('details')}
        error={errors['details']}
      />
      <Select
        id={TASK_FORM_FIELDS.ownerAgencyId}
        label="Agency doing the task"
        hint="Only member agencies of the group can be given tasks"
        value={values.ownerAgencyId}
        onChange={(ownerAgencyId) => onChange({ ...values, ownerAgencyId, ownerOfficerId: '' })}
        emptyOption="Choose an agency"
        options={agencies.map((member) => ({ value: member.agency.id, text: member.agency.name }))}
        error={errors['ownerAgencyId']}
      />
      <Select
        id={TASK_FORM_FIELDS.ownerOfficerId}
        label="Officer (optional)"
        hint={
          values.ownerAgencyId ? 'Leave as it is to give the task to anyone in the agency' : 'Choose the agency first'
        }
        value={values.ownerOfficerId}
        onChange={set('ownerOfficerId')}
        emptyOption="Anyone in the agency"
        options={officers}
        error={errors['ownerOfficerId']}
      />
      <DateInput
        id={TASK_FORM_FIELDS.dueOn}
        legend="Due date (optional)"
        legendSize="s"
        hint="For example, 27 3 2027"
        value={values.dueOn}
        onChange={set('dueOn')}
        error={errors['dueOn']}
      />
      <Radios
        id={TASK_FORM_FIELDS.priority}
        legend="Priority"
        legendSize="s"
        small
        value={values.priority}
        onChange={(priority) => set('priority')(priority as TaskPriority)}
        options={choicesFrom(TASK_PRIORITIES, TASK_PRIORITY_LABELS)}
        error={errors['priority']}
      />
      <ButtonGroup>
        <Button disabled={submitting}>{submitLabel}</Button>
        {cancel}
      </ButtonGroup>
    </form>
  );
}
