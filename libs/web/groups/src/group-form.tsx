import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Checkboxes, Select, Textarea, TextInput, type FieldErrors } from '@lantern/web/ui';
import { GroupFormChoicesQuery } from './group-queries';
import type { GroupFormValues } from './group-form-values';

interface GroupFormProps {
  values: GroupFormValues;
  onChange: (values: GroupFormValues) => void;
  errors: FieldErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
  /** Forming a group also chooses its premises and member agencies. */
  forming?: ReactNode;
}

/** What a task and finish group is for, who leads it and who coordinates it. */
export function GroupForm({
  values,
  onChange,
  errors,
  onSubmit,
  submitting,
  submitLabel,
  cancelHref,
  forming,
}: GroupFormProps) {
  const { data } = useQuery(GroupFormChoicesQuery);
  const agencies = (data?.agencies ?? []).map((agency) => ({ value: agency.id, text: agency.name }));
  const set =
    <K extends keyof GroupFormValues>(field: K) =>
    (value: GroupFormValues[K]) =>
      onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id="name"
        label="Name of the group"
        hint="For example, the operation name or the premises it is for"
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
      />
      <Textarea
        id="objective"
        label="Objective"
        hint="What the group is to achieve, for example ‘Stop the premises being used as a meeting point for children at risk’"
        value={values.objective}
        onChange={set('objective')}
        error={errors['objective']}
        rows={3}
      />
      <Textarea
        id="termsOfReference"
        label="Terms of reference (optional)"
        hint="Who does what, how often the group meets, how it reports back"
        value={values.termsOfReference}
        onChange={set('termsOfReference')}
        error={errors['termsOfReference']}
        rows={5}
      />
      {forming}
      <Select
        id="leadAgencyId"
        label="Lead agency"
        hint="Any agency can lead"
        value={values.leadAgencyId}
        onChange={set('leadAgencyId')}
        options={agencies}
        emptyOption="Choose the lead agency"
        error={errors['leadAgencyId']}
      />
      <Select
        id="coordinatorUserId"
        label="Coordinator"
        hint="The manager who runs the group day to day"
        value={values.coordinatorUserId}
        onChange={set('coordinatorUserId')}
        options={(data?.groupCoordinatorCandidates ?? []).map((user) => ({ value: user.id, text: user.displayName }))}
        emptyOption="Choose the coordinator"
        error={errors['coordinatorUserId']}
      />
      {forming && (
        <Checkboxes
          id="memberAgencyIds"
          legend="Member agencies"
          legendSize="m"
          hint="Their officers will see the group, its tasks and visits, and its premises. You can add more later."
          values={values.memberAgencyIds}
          onChange={set('memberAgencyIds')}
          options={agencies.filter((agency) => agency.value !== values.leadAgencyId)}
          error={errors['memberAgencyIds']}
          small
        />
      )}
      <ButtonGroup>
        <Button disabled={submitting}>{submitLabel}</Button>
        <Link className="govuk-link" to={cancelHref}>
          Cancel
        </Link>
      </ButtonGroup>
    </form>
  );
}
