import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatCalendarDate,
  formatDateTimeInLondon,
  londonToday,
  MONITORING_REVIEW_OUTCOME_LABELS,
  MONITORING_REVIEW_OUTCOMES,
  PREMISES_STATUS_LABELS,
  REVIEW_SCHEDULE_LABELS,
  type MonitoringReviewOutcome,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  choicesFrom,
  DateInput,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  Radios,
  SummaryList,
  Tag,
  Textarea,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { calendarDateFromParts } from '@lantern/shared/domain';
import { FormProblems, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import { MonitoringAlertsList } from './monitoring-alerts-list';
import { MonitoringDetailQuery, ReviewMonitoringMutation } from './monitoring-documents';
import {
  EMPTY_REVIEW_FORM,
  REVIEW_FORM_FIELDS,
  reviewFormProblems,
  type ReviewFormValues,
} from './monitoring-form-values';

/** One monitoring: what is watched and why, the alerts it raised, its reviews, and the form to review it. */
export function MonitoringPage() {
  const { id = '' } = useParams();
  const notice = useArrivalNotice();
  const { data, error, refetch } = useQuery(MonitoringDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [values, setValues] = useState<ReviewFormValues>(EMPTY_REVIEW_FORM);
  const [reviewed, setReviewed] = useState<string | null>(null);
  const submission = useFormSubmission();
  const [review] = useMutation(ReviewMonitoringMutation);
  const monitoring = data?.monitoring;
  usePageTitle(monitoring?.premises ? `Monitoring: ${monitoring.premises.name}` : 'Monitoring', submission.hasErrors);

  if (error && !data) return <QueryProblem error={error} what="monitoring" onRetry={() => void refetch()} />;
  if (!monitoring) return <LoadingPage what="monitoring" />;
  const name = monitoring.premises?.name ?? 'Premises';
  const set =
    <K extends keyof ReviewFormValues>(field: K) =>
    (value: ReviewFormValues[K]) =>
      setValues({ ...values, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(reviewFormProblems(values, londonToday()), async () => {
      await review({
        variables: {
          id: monitoring.id,
          version: monitoring.version,
          input: {
            findings: values.findings.trim(),
            outcome: values.outcome as MonitoringReviewOutcome,
            reviewedOn: calendarDateFromParts(values.reviewedOn),
          },
        },
      });
      setReviewed(values.outcome === 'END' ? 'Monitoring ended' : 'Review recorded');
      setValues(EMPTY_REVIEW_FORM);
      await refetch();
    });
  };

  const premisesSubjects = monitoring.subjects.filter((subject) => subject.premises);
  const people = monitoring.subjects.filter((subject) => subject.person);
  return (
    <>
      <BackLink to="/monitoring">Back to monitoring</BackLink>
      {(notice || reviewed) && <NotificationBanner type="success" heading={reviewed ?? notice} />}
      <PageHeading caption="Monitoring">{name}</PageHeading>
      <p className="govuk-body">
        {monitoring.status === 'ACTIVE' ? <Tag colour="blue">Active</Tag> : <Tag colour="grey">Ended</Tag>}{' '}
        {monitoring.reviewOverdue && <Tag colour="red">Review overdue</Tag>}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Why', value: <span className="lantern-preserve-lines">{monitoring.reason}</span> },
              { key: 'Reviewed', value: REVIEW_SCHEDULE_LABELS[monitoring.reviewSchedule] },
              {
                key: monitoring.status === 'ACTIVE' ? 'Next review' : 'Ended',
                value:
                  monitoring.status === 'ACTIVE'
                    ? formatCalendarDate(monitoring.nextReviewOn)
                    : formatDateTimeInLondon(monitoring.endedAt),
              },
              { key: 'Monitoring ends on', value: formatCalendarDate(monitoring.endsOn) },
              { key: 'Alerts go to', value: monitoring.coordinator.displayName },
              { key: 'Started', value: formatDateTimeInLondon(monitoring.createdAt) },
            ]}
          />

          <h2 className="govuk-heading-m">Premises</h2>
          <ul className="govuk-list">
            {premisesSubjects.map((subject) => (
              <li key={subject.id}>
                <Link className="govuk-link" to={`/premises/${subject.premises!.id}`}>
                  {subject.premises!.name}
                </Link>
                , {subject.premises!.postcode} ({PREMISES_STATUS_LABELS[subject.premises!.status].toLowerCase()})
                <br />
                <span className="govuk-body-s">{subject.why}</span>
              </li>
            ))}
          </ul>
          <h2 className="govuk-heading-m">People</h2>
          {people.length === 0 && <p className="govuk-body">No people are monitored.</p>}
          <ul className="govuk-list">
            {people.map((subject) => (
              <li key={subject.id}>
                <strong>{subject.person!.fullName}</strong>
                {subject.person!.dateOfBirth && `, born ${formatCalendarDate(subject.person!.dateOfBirth)}`}
                <br />
                <span className="govuk-body-s">{subject.why}</span>
              </li>
            ))}
          </ul>

          <h2 className="govuk-heading-m">Alerts</h2>
          <MonitoringAlertsList alerts={monitoring.alerts} none="Nothing new has touched what is monitored." />

          <h2 className="govuk-heading-m">Reviews</h2>
          {monitoring.reviews.length === 0 && <p className="govuk-body">Not reviewed yet.</p>}
          <ul className="lantern-card-list">
            {monitoring.reviews.map((item) => (
              <li key={item.id}>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{formatCalendarDate(item.reviewedOn)}</strong>:{' '}
                  {MONITORING_REVIEW_OUTCOME_LABELS[item.outcome].toLowerCase()}
                </p>
                <p className="govuk-body govuk-!-margin-bottom-0 lantern-preserve-lines">{item.findings}</p>
              </li>
            ))}
          </ul>

          {monitoring.status === 'ACTIVE' && (
            <>
              <FormProblems submission={submission} fields={REVIEW_FORM_FIELDS} />
              <form onSubmit={submit} noValidate aria-labelledby="review-heading">
                <h2 className="govuk-heading-m" id="review-heading">
                  Record a review
                </h2>
                <Textarea
                  id={REVIEW_FORM_FIELDS.findings}
                  label="What the review found"
                  rows={4}
                  value={values.findings}
                  onChange={set('findings')}
                  error={submission.fieldErrors['findings']}
                />
                <Radios
                  id={REVIEW_FORM_FIELDS.outcome}
                  legend="Outcome"
                  legendSize="s"
                  small
                  value={values.outcome}
                  onChange={(value) => set('outcome')(value as MonitoringReviewOutcome)}
                  options={choicesFrom(MONITORING_REVIEW_OUTCOMES, MONITORING_REVIEW_OUTCOME_LABELS)}
                  error={submission.fieldErrors['outcome']}
                />
                <DateInput
                  id={REVIEW_FORM_FIELDS.reviewedOn}
                  legend="Date of the review (optional)"
                  legendSize="s"
                  hint="Leave blank for today"
                  value={values.reviewedOn}
                  onChange={set('reviewedOn')}
                  error={submission.fieldErrors['reviewedOn']}
                />
                <Button disabled={submission.submitting}>Record review</Button>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
