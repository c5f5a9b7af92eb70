import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  blankToNull,
  calendarDateFromParts,
  calendarDatePartsProblem,
  oneOf,
  optionalText,
  PERSON_ROLE_LABELS,
  PERSON_ROLES,
  requiredText,
  type CalendarDateParts,
  type PersonRole,
} from '@lantern/shared/domain';
import { Button, choicesFrom, DateInput, Select, Textarea, TextInput, type FieldErrors } from '@lantern/web/ui';
import { FormProblems, graphql, nestedFieldErrors, useFormSubmission } from '@lantern/web/graphql';

export const LinkPersonMutation = graphql(`
  mutation LinkPersonToPremises($premisesId: ID!, $input: LinkPersonInput!) {
    linkPersonToPremises(premisesId: $premisesId, input: $input) {
      id
      role
      person {
        id
        fullName
      }
    }
  }
`);

interface NewPersonValues {
  fullName: string;
  nicknames: string;
  dateOfBirth: CalendarDateParts;
  role: PersonRole | '';
  notes: string;
}

const EMPTY: NewPersonValues = {
  fullName: '',
  nicknames: '',
  dateOfBirth: { day: '', month: '', year: '' },
  role: '',
  notes: '',
};

const FIELDS = {
  fullName: 'new-person-fullName',
  nicknames: 'new-person-nicknames',
  dateOfBirth: 'new-person-dateOfBirth',
  role: 'new-person-role',
  notes: 'new-person-notes',
};

function nicknamesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function newPersonProblems(values: NewPersonValues): FieldErrors {
  return {
    fullName: requiredText(values.fullName, 'the full name', 200) ?? undefined,
    nicknames: nicknamesOf(values.nicknames).length > 20 ? 'Enter 20 nicknames or fewer' : undefined,
    dateOfBirth: calendarDatePartsProblem(values.dateOfBirth, 'Date of birth') ?? undefined,
    role: oneOf(values.role, PERSON_ROLES, 'how the person is linked to the premises') ?? undefined,
    notes: optionalText(values.notes, 'notes', 4000) ?? undefined,
  };
}

/** Records a person not yet known to Lantern and links them to the premises. */
export function LinkNewPersonForm({
  premisesId,
  onLinked,
}: {
  premisesId: string;
  onLinked: (message: string) => void;
}) {
  const [values, setValues] = useState(EMPTY);
  const submission = useFormSubmission((errors) => nestedFieldErrors(errors, 'person'));
  const [linkPerson] = useMutation(LinkPersonMutation);
  const set =
    <K extends keyof NewPersonValues>(field: K) =>
    (value: NewPersonValues[K]) =>
      setValues({ ...values, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(newPersonProblems(values), async () => {
      const { data } = await linkPerson({
        variables: {
          premisesId,
          input: {
            role: values.role as PersonRole,
            person: {
              fullName: values.fullName.trim(),
              nicknames: nicknamesOf(values.nicknames),
              dateOfBirth: calendarDateFromParts(values.dateOfBirth),
              notes: blankToNull(values.notes),
            },
          },
        },
      });
      setValues(EMPTY);
      onLinked(
        `${data?.linkPersonToPremises.person.fullName ?? 'The person'} has been linked as ${PERSON_ROLE_LABELS[values.role as PersonRole].toLowerCase()}`,
      );
    });
  };

  const errors = submission.fieldErrors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Link a new person">
      <FormProblems submission={submission} fields={FIELDS} />
      <TextInput
        id={FIELDS.fullName}
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        value={values.fullName}
        onChange={set('fullName')}
        error={errors['fullName']}
      />
      <Textarea
        id={FIELDS.nicknames}
        label="Nicknames (optional)"
        hint="One on each line"
        rows={3}
        value={values.nicknames}
        onChange={set('nicknames')}
        error={errors['nicknames']}
      />
      <DateInput
        id={FIELDS.dateOfBirth}
        legend="Date of birth (optional)"
        legendSize="s"
        hint="For example, 27 3 1990"
        value={values.dateOfBirth}
        onChange={set('dateOfBirth')}
        error={errors['dateOfBirth']}
      />
      <Select
        id={FIELDS.role}
        label="How are they linked to the premises?"
        value={values.role}
        onChange={(role) => set('role')(role as PersonRole)}
        options={choicesFrom(PERSON_ROLES, PERSON_ROLE_LABELS)}
        emptyOption="Choose how they are linked"
        error={errors['role']}
      />
      <Textarea
        id={FIELDS.notes}
        label="Notes about the person (optional)"
        rows={3}
        value={values.notes}
        onChange={set('notes')}
        error={errors['notes']}
      />
      <Button variant="secondary" disabled={submission.submitting}>
        Link new person
      </Button>
    </form>
  );
}
