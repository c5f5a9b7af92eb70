import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  formatCalendarDate,
  londonToday,
  PERSON_ROLE_LABELS,
  PREMISES_STATUS_LABELS,
  REVIEW_SCHEDULE_LABELS,
  REVIEW_SCHEDULES,
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
  Textarea,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import { StartMonitoringChoicesQuery, StartMonitoringMutation } from './monitoring-documents';
import {
  MONITORING_FORM_FIELDS,
  monitoringFormProblems,
  monitoringInputFrom,
  startingMonitoringForm,
  type MonitoringFormValues,
} from './monitoring-form-values';

/** A coordinator puts a premises, the people who run it and their other premises under monitoring. */
export function StartMonitoringPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(StartMonitoringChoicesQuery, { variables: { premisesId: id } });
  const [values, setValues] = useState<MonitoringFormValues | null>(null);
  const submission = useFormSubmission();
  const [start] = useMutation(StartMonitoringMutation);
  usePageTitle('Put under monitoring', submission.hasErrors);

  const premises = data?.premises;
  useEffect(() => {
    if (premises && !values) setValues(startingMonitoringForm(premises));
  }, [premises, values]);

  if (error && !data) return <QueryProblem error={error} what="premises" onRetry={() => void refetch()} />;
  if (!premises || !values) return <LoadingPage what="premises" />;
  const back = `/premises/${premises.id}`;
  const set =
    <K extends keyof MonitoringFormValues>(field: K) =>
    (value: MonitoringFormValues[K]) =>
      setValues({ ...values, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(monitoringFormProblems(values, londonToday()), async () => {
      const result = await start({ variables: { input: monitoringInputFrom(premises.id, values) } });
      if (result.data)
        navigate(`/monitoring/${result.data.startMonitoring.id}`, {
          state: { notice: `${premises.name} is under monitoring` },
        });
    });
  };

  const people = [...new Map(premises.people.map((link) => [link.person.id, link])).values()];
  const rolesOf = (personId: string) =>
    premises.people
      .filter((link) => link.person.id === personId)
      .map((link) => PERSON_ROLE_LABELS[link.role])
      .join(', ');

  return (
    <>
      <BackLink to={back}>{`Back to ${premises.name}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={MONITORING_FORM_FIELDS} />
          <PageHeading caption={premises.name}>Put under monitoring</PageHeading>
          {premises.monitoring?.premisesId === premises.id ? (
            <p className="govuk-body">
              This premises is already under monitoring:{' '}
              <Link className="govuk-link" to={`/monitoring/${premises.monitoring.id}`}>
                review that monitoring
              </Link>
              .
            </p>
          ) : (
            <form onSubmit={submit} noValidate>
              <p className="govuk-body">
                {premises.name} ({PREMISES_STATUS_LABELS[premises.status].toLowerCase()}) will be monitored. Anything
                new that touches it or what you choose below (an action, a visit, a report) will alert you.
              </p>
              <Checkboxes
                id={MONITORING_FORM_FIELDS.personIds}
                legend="People to monitor"
                legendSize="m"
                hint={
                  people.length
                    ? 'Those who run the premises are ticked'
                    : 'No people are linked to this premises: link its owner or manager first to monitor them'
                }
                values={values.personIds}
                onChange={set('personIds')}
                options={people.map((link) => ({
                  value: link.person.id,
                  text: link.person.fullName,
                  hint: [
                    rolesOf(link.person.id),
                    link.person.dateOfBirth && `born ${formatCalendarDate(link.person.dateOfBirth)}`,
                  ]
                    .filter(Boolean)
                    .join('; '),
                }))}
                error={submission.fieldErrors['personIds']}
              />
              <Checkboxes
                id={MONITORING_FORM_FIELDS.associatedPremisesIds}
                legend="Associated premises to monitor"
                legendSize="m"
                hint={
                  premises.associatedPremises.length
                    ? 'Other premises the same people are linked to'
                    : 'No other premises share people with this one'
                }
                values={values.associatedPremisesIds}
                onChange={set('associatedPremisesIds')}
                options={premises.associatedPremises.map((other) => ({
                  value: other.premisesId,
                  text: `${other.premises.name}, ${other.premises.postcode}`,
                  hint: `Shares ${other.through.map((person) => person.fullName).join(', ')}`,
                }))}
                error={submission.fieldErrors['associatedPremisesIds']}
              />
              <Textarea
                id={MONITORING_FORM_FIELDS.reason}
                label="Why monitor them"
                labelSize="m"
                hint="What happened and what to watch for"
                rows={4}
                value={values.reason}
                onChange={set('reason')}
                error={submission.fieldErrors['reason']}
              />
              <Radios
                id={MONITORING_FORM_FIELDS.reviewSchedule}
                legend="How often to review"
                legendSize="m"
                small
                value={values.reviewSchedule}
                onChange={(value) => set('reviewSchedule')(value as MonitoringFormValues['reviewSchedule'])}
                options={choicesFrom(REVIEW_SCHEDULES, REVIEW_SCHEDULE_LABELS)}
                error={submission.fieldErrors['reviewSchedule']}
              />
              <DateInput
                id={MONITORING_FORM_FIELDS.firstReviewOn}
                legend="First review (optional)"
                legendSize="s"
                hint="Leave blank to review one period from today"
                value={values.firstReviewOn}
                onChange={set('firstReviewOn')}
                error={submission.fieldErrors['firstReviewOn']}
              />
              <DateInput
                id={MONITORING_FORM_FIELDS.endsOn}
                legend="Monitoring ends on"
                legendSize="s"
                hint="The last day of monitoring, within 3 years. For example, 23 11 2027"
                value={values.endsOn}
                onChange={set('endsOn')}
                error={submission.fieldErrors['endsOn']}
              />
              <ButtonGroup>
                <Button disabled={submission.submitting}>Start monitoring</Button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </ButtonGroup>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
