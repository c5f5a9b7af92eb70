import { VisitWhenFields } from './visit-when-fields';
import { useState, type FormEvent } from 'react';
import {
  PERSON_ROLE_LABELS,
  PERSON_ROLES,
  VISIT_OBSERVATION_LABELS,
  VISIT_OBSERVATIONS,
  type PersonRole,
  type VisitObservation,
} from '@lantern/shared/domain';
import {
  Button,
  ButtonGroup,
  Checkboxes,
  choicesFrom,
  DateInput,
  Fieldset,
  NotificationBanner,
  Select,
  Textarea,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, useFormSubmission } from '@lantern/web/graphql';
import {
  emptyPersonMet,
  newVisitRecordForm,
  readDraft,
  visitRecordFieldErrors,
  visitRecordFields,
  visitRecordFormProblems,
  visitRecordInputFrom,
  type PersonMetRow,
  type VisitRecordFormValues,
} from './visit-record-form-values';

export interface OfficerChoice {
  id: string;
  name: string;
  agencyName: string;
}

export interface LinkedPersonChoice {
  personId: string;
  fullName: string;
  role: PersonRole;
}

interface VisitRecordFormProps {
  /** Where the unsent record is kept in session storage (see draftKey). */
  draftKey: string;
  /** Officers named on the plan: ticked to start with. */
  plannedOfficers: OfficerChoice[];
  /** Other officers who may have come: of the attending agencies, or the agencies taking part in the premises. */
  otherOfficers: OfficerChoice[];
  /** People already linked to the premises, to pick instead of typing them again. */
  linkedPeople: LinkedPersonChoice[];
  save: (input: ReturnType<typeof visitRecordInputFrom>) => Promise<void>;
  /** Changing a saved record: its values to start from; people met are changed on the record's page instead. */
  saved?: VisitRecordFormValues;
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const observationChoices = choicesFrom(VISIT_OBSERVATIONS, VISIT_OBSERVATION_LABELS);
const roleChoices = choicesFrom(PERSON_ROLES, PERSON_ROLE_LABELS);

/**
 * What happened at a visit, for officers on a phone at the door: when, who came, the checklist, the people met.
 * Everything typed stays in the form when sending fails, and in the tab's session storage until it is sent.
 */
export function VisitRecordForm({
  draftKey,
  plannedOfficers,
  otherOfficers,
  linkedPeople,
  save,
  saved,
}: VisitRecordFormProps) {
  const [restored] = useState(() => readDraft(sessionStore() ?? { getItem: () => null }, draftKey));
  const [values, setValues] = useState<VisitRecordFormValues>(
    () =>
      restored ??
      saved ??
      newVisitRecordForm(
        new Date(),
        plannedOfficers.map((officer) => officer.id),
      ),
  );
  const [officerToAdd, setOfficerToAdd] = useState('');
  const [nextKey, setNextKey] = useState(() => values.people.length + 1);
  const submission = useFormSubmission(visitRecordFieldErrors);
  usePageTitle(saved ? 'Change the visit record' : 'Record the visit', submission.hasErrors);
  const errors = submission.fieldErrors;

  const update = (next: VisitRecordFormValues) => {
    setValues(next);
    try {
      sessionStore()?.setItem(draftKey, JSON.stringify(next));
    } catch {
      // Storage full or refused: the form still holds everything.
    }
  };
  const set =
    <K extends keyof VisitRecordFormValues>(field: K) =>
    (value: VisitRecordFormValues[K]) =>
      update({ ...values, [field]: value });
  const setPerson = (index: number, changes: Partial<PersonMetRow>) =>
    update({ ...values, people: values.people.map((row, i) => (i === index ? { ...row, ...changes } : row)) });

  const byId = new Map([...plannedOfficers, ...otherOfficers].map((officer) => [officer.id, officer]));
  const shown = [
    ...plannedOfficers,
    ...values.addedOfficerIds.flatMap((id) =>
      byId.has(id) && !plannedOfficers.some((p) => p.id === id) ? [byId.get(id)!] : [],
    ),
  ];
  const addable = otherOfficers.filter((officer) => !shown.some((s) => s.id === officer.id));

  const addOfficer = () => {
    if (!officerToAdd) return;
    update({
      ...values,
      addedOfficerIds: [...values.addedOfficerIds, officerToAdd],
      attendingOfficerIds: [...values.attendingOfficerIds, officerToAdd],
    });
    setOfficerToAdd('');
  };

  const addPerson = () => {
    update({ ...values, people: [...values.people, emptyPersonMet(String(nextKey))] });
    setNextKey(nextKey + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await submission.submit(visitRecordFormProblems(values), () => save(visitRecordInputFrom(values)));
    if (saved) sessionStore()?.removeItem(draftKey);
  };

  return (
    <>
      <FormProblems submission={submission} fields={visitRecordFields(values.people)} />
      {restored && !submission.hasErrors && (
        <NotificationBanner heading="What you entered before has been kept: it has not been sent yet." />
      )}
      <form id="record-visit" onSubmit={(event) => void submit(event)} noValidate>
        <VisitWhenFields
          values={values}
          onChange={(changes) => update({ ...values, ...changes })}
          errors={errors}
          start={{ label: 'Time officers arrived', hint: 'London time, 24-hour clock, for example 21:40' }}
          end={{
            label: 'Time officers left (optional)',
            hint: 'If it is earlier than the arrival time, the visit ended the next day',
          }}
        />

        <Checkboxes
          id="attendingOfficerIds"
          legend="Who attended"
          legendSize="m"
          hint={
            plannedOfficers.length
              ? 'The officers asked to attend are ticked: untick anyone who did not come.'
              : undefined
          }
          values={values.attendingOfficerIds}
          onChange={set('attendingOfficerIds')}
          options={shown.map((officer) => ({ value: officer.id, text: `${officer.name} (${officer.agencyName})` }))}
          error={errors['attendingOfficerIds']}
        />
        {addable.length > 0 && (
          <div className="govuk-form-group">
            <Select
              id="officerToAdd"
              label="Add another officer who attended"
              value={officerToAdd}
              onChange={setOfficerToAdd}
              emptyOption="Choose an officer"
              options={addable.map((officer) => ({
                value: officer.id,
                text: `${officer.name} (${officer.agencyName})`,
              }))}
            />
            <Button type="button" variant="secondary" onClick={addOfficer}>
              Add officer
            </Button>
          </div>
        )}

        <Checkboxes
          id="observations"
          legend="What officers saw"
          legendSize="m"
          hint="Tick everything that applies."
          values={values.observations}
          onChange={(chosen) => set('observations')(chosen as VisitObservation[])}
          options={observationChoices}
          error={errors['observations']}
        />
        <TextInput
          id="numberOfOccupants"
          label="Number of people inside (optional)"
          labelSize="m"
          hint="Everyone on the premises when officers entered, including staff"
          width="5"
          inputMode="numeric"
          spellCheck={false}
          value={values.numberOfOccupants}
          onChange={set('numberOfOccupants')}
          error={errors['numberOfOccupants']}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          labelSize="m"
          hint="What happened, what was said, anything to follow up. Up to 8000 characters."
          value={values.notes}
          onChange={set('notes')}
          error={errors['notes']}
        />

        {!saved && (
          <>
            <h2 className="govuk-heading-m">People met</h2>
            <p className="govuk-body">
              Each person is also linked to the premises, so they appear on its list of people.
            </p>
            <ul className="lantern-card-list">
              {values.people.map((row, index) => (
                <li key={row.key}>
                  <Fieldset legend={`Person ${index + 1}`} legendSize="s">
                    {linkedPeople.length > 0 && (
                      <Select
                        id={`person-${row.key}-personId`}
                        label="Someone already linked to the premises?"
                        value={row.personId}
                        onChange={(personId) => setPerson(index, { personId })}
                        emptyOption="No, someone new"
                        options={linkedPeople.map((person) => ({
                          value: person.personId,
                          text: `${person.fullName} (${PERSON_ROLE_LABELS[person.role]})`,
                        }))}
                        error={errors[`people.${index}.personId`]}
                      />
                    )}
                    {!row.personId && (
                      <>
                        <TextInput
                          id={`person-${row.key}-fullName`}
                          label="Full name"
                          hint="As given, or a description if they would not give it"
                          autoComplete="off"
                          spellCheck={false}
                          value={row.fullName}
                          onChange={(fullName) => setPerson(index, { fullName })}
                          error={errors[`people.${index}.fullName`]}
                        />
                        <DateInput
                          id={`person-${row.key}-dateOfBirth`}
                          legend="Date of birth (optional)"
                          legendSize="s"
                          hint="For example, 27 3 2007"
                          value={row.dateOfBirth}
                          onChange={(dateOfBirth) => setPerson(index, { dateOfBirth })}
                          error={errors[`people.${index}.dateOfBirth`]}
                        />
                      </>
                    )}
                    <Select
                      id={`person-${row.key}-role`}
                      label="How they are linked to the premises"
                      value={row.role}
                      onChange={(role) => setPerson(index, { role: role as PersonRole | '' })}
                      emptyOption="Choose one"
                      options={roleChoices}
                      error={errors[`people.${index}.role`]}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      small
                      onClick={() => update({ ...values, people: values.people.filter((_, i) => i !== index) })}
                    >
                      Remove person {index + 1}
                    </Button>
                  </Fieldset>
                </li>
              ))}
            </ul>
            <Button type="button" variant="secondary" onClick={addPerson}>
              {values.people.length ? 'Add another person' : 'Add a person met'}
            </Button>
          </>
        )}

        <ButtonGroup>
          <Button disabled={submission.submitting}>{saved ? 'Save changes' : 'Save the record'}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}
