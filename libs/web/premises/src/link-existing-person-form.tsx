import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { formatCalendarDate, oneOf, PERSON_ROLE_LABELS, PERSON_ROLES, type PersonRole } from '@lantern/shared/domain';
import { Button, choicesFrom, ErrorSummary, Radios, Select, TextInput, type FieldErrors } from '@lantern/web/ui';
import { apiProblemOf, FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { LinkPersonMutation } from './link-new-person-form';

const FindPeopleQuery = graphql(`
  query FindPeople($text: String!) {
    findPeople(text: $text) {
      id
      fullName
      nicknames
      dateOfBirth
    }
  }
`);

const FIELDS = { personId: 'existing-person', role: 'existing-person-role' };

/** Finds someone already on record (by name or nickname) and links them to this premises too. */
export function LinkExistingPersonForm({
  premisesId,
  onLinked,
}: {
  premisesId: string;
  onLinked: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const [searchError, setSearchError] = useState<string | null>(null);
  const [findPeople, { data, loading }] = useLazyQuery(FindPeopleQuery, { fetchPolicy: 'network-only' });
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<PersonRole | ''>('');
  const submission = useFormSubmission();
  const [linkPerson] = useMutation(LinkPersonMutation);
  const people = data?.findPeople ?? null;

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length < 2) {
      setSearchError('Enter at least 2 characters of a name or nickname');
      return;
    }
    setSearchError(null);
    setPersonId('');
    try {
      await findPeople({ variables: { text: text.trim() } });
    } catch (error) {
      setSearchError(apiProblemOf(error).message);
    }
  };

  const link = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors = {
      personId: personId ? undefined : 'Choose the person to link',
      role: oneOf(role, PERSON_ROLES, 'how the person is linked to the premises') ?? undefined,
    };
    await submission.submit(problems, async () => {
      const result = await linkPerson({ variables: { premisesId, input: { personId, role: role as PersonRole } } });
      setPersonId('');
      setRole('');
      onLinked(
        `${result.data?.linkPersonToPremises.person.fullName ?? 'The person'} has been linked as ${PERSON_ROLE_LABELS[role as PersonRole].toLowerCase()}`,
      );
    });
  };

  return (
    <>
      <form onSubmit={(event) => void search(event)} noValidate role="search" aria-label="People already on record">
        {searchError && <ErrorSummary items={[{ message: searchError, fieldId: 'existing-person-search' }]} />}
        <TextInput
          id="existing-person-search"
          label="Name or nickname"
          type="search"
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={setText}
          error={searchError}
        />
        <Button variant="secondary" disabled={loading}>
          Find people
        </Button>
      </form>
      {loading && (
        <p className="govuk-body" role="status">
          Searching…
        </p>
      )}
      {people && people.length === 0 && (
        <p className="govuk-body" role="status">
          Nobody on record matches ‘{text}’. Link them as a new person instead.
        </p>
      )}
      {people && people.length > 0 && (
        <form onSubmit={(event) => void link(event)} noValidate aria-label="Link someone already on record">
          <FormProblems submission={submission} fields={FIELDS} />
          <Radios
            id={FIELDS.personId}
            legend={`People matching ‘${text}’`}
            legendSize="s"
            small
            value={personId}
            onChange={setPersonId}
            options={people.map((person) => ({
              value: person.id,
              text: person.fullName,
              hint:
                [
                  person.dateOfBirth ? `Born ${formatCalendarDate(person.dateOfBirth)}` : null,
                  person.nicknames.length ? `Also known as ${person.nicknames.join(', ')}` : null,
                ]
                  .filter(Boolean)
                  .join('. ') || undefined,
            }))}
            error={submission.fieldErrors['personId']}
          />
          <Select
            id={FIELDS.role}
            label="How are they linked to the premises?"
            value={role}
            onChange={(value) => setRole(value as PersonRole)}
            options={choicesFrom(PERSON_ROLES, PERSON_ROLE_LABELS)}
            emptyOption="Choose how they are linked"
            error={submission.fieldErrors['role']}
          />
          <Button variant="secondary" disabled={submission.submitting}>
            Link person
          </Button>
        </form>
      )}
    </>
  );
}
