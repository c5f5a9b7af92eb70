import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  calendarDateFromParts,
  calendarDateParts,
  calendarDatePartsProblem,
  ENFORCEMENT_ACTION_KIND_LABELS,
  ENFORCEMENT_ACTION_STATUS_LABELS,
  formatCalendarDate,
  londonToday,
  mayCoordinate,
  optionalText,
  type CalendarDateParts,
  type EnforcementActionStatus,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  DateInput,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  Radios,
  SummaryList,
  Table,
  Textarea,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import {
  ConflictHelp,
  FormProblems,
  QueryProblem,
  useFormSubmission,
  useLatestVersionOnConflict,
} from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import { ActionStatusTag } from './action-status-tag';
import { ChangeEnforcementActionStatusMutation, EnforcementActionDetailQuery } from './enforcement-documents';

const STATUS_FIELDS = { status: 'status-status', changedOn: 'status-changedOn', note: 'status-note' };

/** An enforcement action: what was done, the dates that follow, its status over time, and moving it on. */
export function ActionPage() {
  const { id = '' } = useParams();
  const arrival = useArrivalNotice();
  const [notice, setNotice] = useState<{ message: string; key: number } | null>(null);
  const { user } = useCurrentUser();
  // From the server every time: the status form sends the version shown.
  const { data, error, refetch } = useQuery(EnforcementActionDetailQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const title = data
    ? `${ENFORCEMENT_ACTION_KIND_LABELS[data.enforcementAction.kind]} at ${data.enforcementAction.premises?.name ?? 'a premises'}`
    : 'Enforcement action';
  usePageTitle(title);

  if (error && !data) return <QueryProblem error={error} what="enforcement action" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="enforcement action" />;
  const action = data.enforcementAction;
  const mayChange = !!user && (mayCoordinate(user.role) || user.agencyId === action.agency.id);

  return (
    <>
      {action.premises && <BackLink to={`/premises/${action.premises.id}`}>Back to the premises</BackLink>}
      {notice ? (
        <NotificationBanner
          key={notice.key}
          type="success"
          heading={notice.message}
          focusOnShow
          focusKey={notice.key}
        />
      ) : (
        arrival && <NotificationBanner type="success" heading={arrival} />
      )}
      <PageHeading caption="Enforcement action">{title}</PageHeading>
      <p className="govuk-body">
        <ActionStatusTag status={action.status} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">What was done</h2>
          <SummaryList
            rows={[
              {
                key: 'Premises',
                value: action.premises ? (
                  <Link className="govuk-link" to={`/premises/${action.premises.id}`}>
                    {action.premises.name}
                  </Link>
                ) : null,
              },
              {
                key: 'Agency',
                value: `${action.agency.name}${action.recordedOnBehalf ? ' (recorded on its behalf)' : ''}`,
              },
              { key: 'What was done', value: ENFORCEMENT_ACTION_KIND_LABELS[action.kind] },
              {
                key: 'Power',
                value: action.power ? (
                  <Link className="govuk-link" to={`/powers/${action.power.id}`}>
                    {action.power.name}
                  </Link>
                ) : null,
              },
              { key: 'Person', value: action.person?.fullName ?? null },
              { key: 'Taken on', value: formatCalendarDate(action.takenOn) },
              {
                key: 'At a visit',
                value: action.visitPlanId ? (
                  <Link className="govuk-link" to={`/visits/${action.visitPlanId}`}>
                    See the visit
                  </Link>
                ) : (
                  'No: outside a planned visit'
                ),
              },
              { key: 'Details', value: <span className="lantern-preserve-lines">{action.details}</span> },
              { key: 'Compliance deadline', value: formatCalendarDate(action.complianceDeadline) || null },
              {
                key: 'Ends',
                value: action.indefinite ? 'Indefinite' : formatCalendarDate(action.endsOn) || null,
              },
              { key: 'Court date', value: formatCalendarDate(action.courtDate) || null },
              { key: 'Review date', value: formatCalendarDate(action.reviewOn) || null },
              { key: 'Status', value: <ActionStatusTag status={action.status} /> },
            ]}
          />
          <Table
            caption="Status over time"
            columns={[{ text: 'Date' }, { text: 'Status' }, { text: 'Note' }]}
            rows={action.history.map((change) => ({
              key: change.id,
              cells: [
                formatCalendarDate(change.changedOn),
                ENFORCEMENT_ACTION_STATUS_LABELS[change.status],
                change.note,
              ],
            }))}
          />
          {mayChange && action.nextStatuses.length > 0 && (
            <ChangeStatusForm
              key={action.id}
              action={action}
              loadLatest={async () => (await refetch()).data?.enforcementAction.version}
              onChanged={(status) => {
                setNotice({
                  message: `The action is now ${ENFORCEMENT_ACTION_STATUS_LABELS[status].toLowerCase()}`,
                  key: Date.now(),
                });
                void refetch();
              }}
            />
          )}
          {action.nextStatuses.length === 0 && (
            <p className="govuk-body">
              This action is {ENFORCEMENT_ACTION_STATUS_LABELS[action.status].toLowerCase()}: its status can no longer
              change.
            </p>
          )}
        </div>
      </div>
    </>
  );
}

interface StatusValues {
  status: string;
  changedOn: CalendarDateParts;
  note: string;
}

/** Moves the action on. A conflict (someone moved it first) keeps what was typed; saving again applies it. */
function ChangeStatusForm({
  action,
  loadLatest,
  onChanged,
}: {
  action: { id: string; version: number; nextStatuses: readonly EnforcementActionStatus[] };
  loadLatest: () => Promise<number | null | undefined>;
  onChanged: (status: EnforcementActionStatus) => void;
}) {
  const [values, setValues] = useState<StatusValues>({
    status: '',
    changedOn: calendarDateParts(londonToday()),
    note: '',
  });
  const [version, setVersion] = useState(action.version);
  const submission = useFormSubmission();
  const [change] = useMutation(ChangeEnforcementActionStatusMutation);
  useLatestVersionOnConflict(submission.problem, loadLatest, setVersion);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      status: values.status ? undefined : 'Choose the new status',
      changedOn: calendarDatePartsProblem(values.changedOn, 'The date of the change', true) ?? undefined,
      note: optionalText(values.note, 'the note', 2000) ?? undefined,
    };
    const saved = await submission.submit(problems, async () => {
      const result = await change({
        variables: {
          id: action.id,
          version,
          status: values.status as EnforcementActionStatus,
          changedOn: calendarDateFromParts(values.changedOn),
          note: values.note,
        },
      });
      if (result.data) setVersion(result.data.changeEnforcementActionStatus.version);
    });
    if (saved) {
      onChanged(values.status as EnforcementActionStatus);
      setValues({ status: '', changedOn: calendarDateParts(londonToday()), note: '' });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-status-heading">
      <h2 className="govuk-heading-m" id="change-status-heading">
        Change status
      </h2>
      <FormProblems
        submission={submission}
        fields={STATUS_FIELDS}
        conflictHelp={<ConflictHelp latestHref={`/actions/${action.id}`} />}
      />
      <Radios
        id={STATUS_FIELDS.status}
        legend="New status"
        small
        value={values.status}
        onChange={(status) => setValues({ ...values, status })}
        options={action.nextStatuses.map((status) => ({
          value: status,
          text: ENFORCEMENT_ACTION_STATUS_LABELS[status],
        }))}
        error={submission.fieldErrors['status']}
      />
      <DateInput
        id={STATUS_FIELDS.changedOn}
        legend="Date it happened"
        value={values.changedOn}
        onChange={(changedOn) => setValues({ ...values, changedOn })}
        error={submission.fieldErrors['changedOn']}
      />
      <Textarea
        id={STATUS_FIELDS.note}
        label="Note (optional)"
        hint="For example, the outcome of an appeal"
        rows={3}
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        error={submission.fieldErrors['note']}
      />
      <Button disabled={submission.submitting}>Change status</Button>
    </form>
  );
}
