import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  calendarDateFromParts,
  durationInWords,
  ENFORCEMENT_ACTION_KIND_LABELS,
  ENFORCEMENT_ACTION_KINDS,
  londonToday,
  mayCoordinate,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  choicesFrom,
  DateInput,
  LoadingPage,
  PageHeading,
  Radios,
  Select,
  Textarea,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import {
  ACTION_FORM_FIELDS,
  actionFormProblems,
  actionInputFrom,
  clearDraft,
  emptyActionForm,
  mayNamePerson,
  powerChoices,
  powerHasDuration,
  readDraft,
  writeDraft,
  type ActionFormValues,
} from './action-form-values';
import { RecordActionChoicesQuery, RecordEnforcementActionMutation } from './enforcement-documents';

const F = ACTION_FORM_FIELDS;
const KIND_CHOICES = choicesFrom(ENFORCEMENT_ACTION_KINDS, ENFORCEMENT_ACTION_KIND_LABELS);

const session = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

/**
 * "Record what we did": phone-first, few taps. What was done, under which power, when, and what follows from it.
 * What is typed is kept in the form when a submission fails, and as a draft in this tab (sessionStorage) until it
 * is sent, so a reload or a dropped connection loses nothing.
 */
export function RecordActionPage() {
  const { id: premisesId = '' } = useParams();
  const [search] = useSearchParams();
  const visitPlanId = search.get('visitPlanId');
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const coordinating = !!user && mayCoordinate(user.role);
  const { data, error, refetch } = useQuery(RecordActionChoicesQuery, {
    variables: { premisesId, visitPlanId: visitPlanId ?? '', withVisit: !!visitPlanId },
  });
  const [values, setValuesState] = useState<ActionFormValues | null>(null);
  const submission = useFormSubmission();
  const [record] = useMutation(RecordEnforcementActionMutation);
  usePageTitle(data ? `Record what we did at ${data.premises.name}` : 'Record what we did', submission.hasErrors);

  // Fill the form once: from this tab's unsent draft, else empty with today's date. Officers act for their agency.
  useEffect(() => {
    if (!user || values !== null) return;
    const ownAgency = coordinating ? '' : user.agencyId;
    const storage = session();
    const draft = storage ? readDraft(storage, premisesId) : null;
    setValuesState(
      draft
        ? { ...draft, agencyId: coordinating ? draft.agencyId : user.agencyId }
        : emptyActionForm(londonToday(), ownAgency),
    );
  }, [user, values, coordinating, premisesId]);

  if (error && !data) return <QueryProblem error={error} what="premises" onRetry={() => void refetch()} />;
  if (!data || !values || !user) return <LoadingPage what="form" />;

  const setValues = (next: ActionFormValues) => {
    setValuesState(next);
    const storage = session();
    if (storage) writeDraft(storage, premisesId, next);
  };
  const set =
    <K extends keyof ActionFormValues>(field: K) =>
    (value: ActionFormValues[K]) =>
      setValues({ ...values, [field]: value });

  const attending = data.visitPlan ? new Set(data.visitPlan.agencies.map((a) => a.agencyId)) : null;
  const agencyChoices = data.agencies
    .filter((agency) => !attending || attending.has(agency.id))
    .map((agency) => ({ value: agency.id, text: agency.name }));
  const actingAgency = data.agencies.find((agency) => agency.id === values.agencyId) ?? null;
  const takenOn = calendarDateFromParts(values.takenOn);
  const powers = powerChoices(data.powers, actingAgency?.type ?? null, values.kind, takenOn);
  const power = data.powers.find((p) => p.id === values.powerId) ?? null;
  const withDuration = powerHasDuration(power);
  const namesPerson = mayNamePerson(values.kind, power);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(actionFormProblems(values, coordinating), async () => {
      await record({ variables: { input: actionInputFrom(values, premisesId, visitPlanId, power) } });
      const storage = session();
      if (storage) clearDraft(storage, premisesId);
      navigate(`/premises/${premisesId}`, { state: { notice: 'The enforcement action has been recorded' } });
    });
  };

  const backTo = visitPlanId ? `/visits/${visitPlanId}` : `/premises/${premisesId}`;
  return (
    <>
      <BackLink to={backTo}>{visitPlanId ? 'Back to the visit' : 'Back to the premises'}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={F} />
          <PageHeading caption={data.premises.name}>Record what we did</PageHeading>
          <form onSubmit={(event) => void submit(event)} noValidate aria-label="Record what we did">
            {coordinating ? (
              <Select
                id={F.agencyId}
                label="Agency that took the action"
                hint={
                  attending
                    ? 'One of the agencies attending the visit. You record it on its behalf.'
                    : 'You record it on its behalf.'
                }
                value={values.agencyId}
                onChange={(agencyId) => setValues({ ...values, agencyId, powerId: '' })}
                emptyOption="Choose an agency"
                options={agencyChoices}
                error={submission.fieldErrors['agencyId']}
              />
            ) : (
              <p className="govuk-body">
                For <strong>{actingAgency?.name ?? 'your agency'}</strong>
              </p>
            )}
            <Radios
              id={F.kind}
              legend="What was done"
              legendSize="m"
              small
              value={values.kind}
              onChange={(kind) => setValues({ ...values, kind: kind as ActionFormValues['kind'] })}
              options={KIND_CHOICES}
              error={submission.fieldErrors['kind']}
            />
            <Select
              id={F.powerId}
              label="Power used"
              hint={
                actingAgency
                  ? `Powers ${actingAgency.name} holds, in force on the day; those fitting what was done first. Optional for advice, a referral or no action.`
                  : 'Optional for advice, a referral or no action.'
              }
              value={values.powerId}
              onChange={set('powerId')}
              emptyOption="Choose a power"
              options={powers.map((p) => ({ value: p.id, text: p.name }))}
              error={submission.fieldErrors['powerId']}
            />
            {namesPerson && (
              <Select
                id={F.personId}
                label="Person the order is against (optional)"
                hint="People linked to this premises"
                value={values.personId}
                onChange={set('personId')}
                emptyOption="Nobody named"
                options={data.premises.people.map((link) => ({ value: link.person.id, text: link.person.fullName }))}
                error={submission.fieldErrors['personId']}
              />
            )}
            <DateInput
              id={F.takenOn}
              legend="Date it was done"
              hint="Today, unless you are recording it later"
              value={values.takenOn}
              onChange={set('takenOn')}
              error={submission.fieldErrors['takenOn']}
            />
            <Textarea
              id={F.details}
              label="What was done and why"
              hint="What you found, what you served or said, and to whom"
              rows={5}
              value={values.details}
              onChange={set('details')}
              error={submission.fieldErrors['details']}
            />
            {withDuration && power && (
              <>
                <DateInput
                  id={F.endsOn}
                  legend="Date the order ends"
                  hint={[
                    power.minDuration && `It must last at least ${durationInWords(power.minDuration)}.`,
                    power.maxDuration && `It can last at most ${durationInWords(power.maxDuration)}.`,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  value={values.endsOn}
                  onChange={set('endsOn')}
                  error={submission.fieldErrors['endsOn']}
                />
                {!power.maxDuration && (
                  <Checkboxes
                    id={F.indefinite}
                    legend="Or"
                    small
                    values={values.indefinite ? ['yes'] : []}
                    onChange={(ticked) => set('indefinite')(ticked.includes('yes'))}
                    options={[{ value: 'yes', text: 'The order is indefinite (until further order)' }]}
                    error={submission.fieldErrors['indefinite']}
                  />
                )}
              </>
            )}
            <h2 className="govuk-heading-m">What follows (optional)</h2>
            <p className="govuk-body">Each date becomes a task for your agency, due that day.</p>
            <DateInput
              id={F.complianceDeadline}
              legend="Compliance deadline"
              hint={
                power?.minCompliancePeriod
                  ? `The law gives at least ${durationInWords(power.minCompliancePeriod)} to comply.`
                  : undefined
              }
              value={values.complianceDeadline}
              onChange={set('complianceDeadline')}
              error={submission.fieldErrors['complianceDeadline']}
            />
            <DateInput
              id={F.courtDate}
              legend="Court date"
              value={values.courtDate}
              onChange={set('courtDate')}
              error={submission.fieldErrors['courtDate']}
            />
            <DateInput
              id={F.reviewOn}
              legend="Review date"
              value={values.reviewOn}
              onChange={set('reviewOn')}
              error={submission.fieldErrors['reviewOn']}
            />
            <ButtonGroup>
              <Button disabled={submission.submitting}>Record the action</Button>
              <Link className="govuk-link" to={backTo}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
