import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { calendarDateFromParts, calendarDateParts, formatCalendarDate, londonToday } from '@lantern/shared/domain';
import { Button, Checkboxes, DateInput, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import { FormProblems, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import { MeetingsQuery, ScheduleMeetingMutation } from './meeting-documents';

/** The weekly intelligence meetings, and scheduling the next one (its agenda comes from recent reports). */
export function MeetingsPage() {
  usePageTitle('Weekly intelligence meetings');
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MeetingsQuery, { fetchPolicy: 'cache-and-network' });
  const [schedule] = useMutation(ScheduleMeetingMutation);
  const submission = useFormSubmission();
  const [heldOn, setHeldOn] = useState(calendarDateParts(londonToday()));
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  if (error && !data) return <QueryProblem error={error} what="meetings" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="meetings" />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit({}, async () => {
      const result = await schedule({
        variables: { input: { heldOn: calendarDateFromParts(heldOn) ?? '', attendingAgencyIds: agencyIds } },
      });
      navigate(`/meetings/${result.data!.scheduleIntelligenceMeeting.id}`);
    });
  };
  return (
    <>
      <PageHeading>Weekly intelligence meetings</PageHeading>
      {data.intelligenceMeetings.length === 0 ? (
        <p className="govuk-body">No meetings yet.</p>
      ) : (
        <ul className="govuk-list">
          {data.intelligenceMeetings.map((m) => (
            <li key={m.id}>
              <Link className="govuk-link" to={`/meetings/${m.id}`}>
                {formatCalendarDate(m.heldOn)}
              </Link>{' '}
              – chaired by {m.chair?.displayName}, {m.items.length} item{m.items.length === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Schedule a meeting</h2>
      <p className="govuk-body">
        The agenda is drawn from the premises and people named in information reports since the meeting before.
      </p>
      <FormProblems
        submission={submission}
        fields={{ heldOn: 'heldOn', attendingAgencyIds: 'attendingAgencyIds', chairUserId: 'heldOn' }}
      />
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Schedule a meeting">
        <DateInput
          id="heldOn"
          legend="Date of the meeting"
          value={heldOn}
          onChange={setHeldOn}
          error={submission.fieldErrors['heldOn']}
        />
        <Checkboxes
          id="attendingAgencyIds"
          legend="Agencies attending"
          small
          values={agencyIds}
          onChange={setAgencyIds}
          options={data.agencies.map((a) => ({ value: a.id, text: a.name }))}
          error={submission.fieldErrors['attendingAgencyIds']}
        />
        <Button disabled={submission.submitting}>Schedule the meeting</Button>
      </form>
    </>
  );
}
