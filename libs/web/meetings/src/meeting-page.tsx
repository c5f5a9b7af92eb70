import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatCalendarDate,
  MEETING_DECISION_KIND_LABELS,
  MEETING_DECISION_KINDS,
  type MeetingDecisionKind,
} from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  Checkboxes,
  choicesFrom,
  LoadingPage,
  PageHeading,
  Radios,
  Select,
  Textarea,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, QueryProblem, useFormSubmission, type IntelligenceMeetingQuery } from '@lantern/web/graphql';
import { gradesText, ReportStatusTag } from '@lantern/web/intelligence';
import { AddAgendaItem } from './add-agenda-item';
import { MeetingQuery, RecordDecisionMutation, RecordMinutesMutation } from './meeting-documents';

type Meeting = IntelligenceMeetingQuery['intelligenceMeeting'];
type Item = Meeting['items'][number];
type Agencies = IntelligenceMeetingQuery['agencies'];

/** A weekly intelligence meeting: who attended, and for each item of the agenda its reports, minutes and decisions. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MeetingQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(
    data ? `Intelligence meeting of ${formatCalendarDate(data.intelligenceMeeting.heldOn)}` : 'Intelligence meeting',
  );
  if (error && !data) return <QueryProblem error={error} what="meeting" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="meeting" />;
  const meeting = data.intelligenceMeeting;
  return (
    <>
      <BackLink to="/meetings">Back to meetings</BackLink>
      <PageHeading caption={`Chaired by ${meeting.chair?.displayName ?? ''}`}>
        Intelligence meeting of {formatCalendarDate(meeting.heldOn)}
      </PageHeading>
      <p className="govuk-body">Attending: {meeting.attendingAgencies.map((a) => a.name).join(', ')}</p>
      <h2 className="govuk-heading-l">Agenda</h2>
      {meeting.items.length === 0 && <p className="govuk-body">Nothing on the agenda.</p>}
      {meeting.items.map((item, index) => (
        <AgendaItem
          key={item.id}
          item={item}
          number={index + 1}
          agencies={data.agencies}
          onSaved={() => void refetch()}
        />
      ))}
      <AddAgendaItem
        meetingId={meeting.id}
        onAgenda={meeting.items.flatMap((item) => (item.premises ? [item.premises.id] : []))}
        onAdded={() => void refetch()}
      />
    </>
  );
}

function AgendaItem({
  item,
  number,
  agencies,
  onSaved,
}: {
  item: Item;
  number: number;
  agencies: Agencies;
  onSaved: () => void;
}) {
  const title = item.premises?.name ?? item.person?.fullName ?? 'Item';
  const [minutes, setMinutes] = useState(item.minutes);
  const [minutesSaved, setMinutesSaved] = useState(false);
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [ownerAgencyId, setOwner] = useState('');
  const [groupName, setGroupName] = useState(`${title} disruption`);
  const [objective, setObjective] = useState('');
  const [leadAgencyId, setLead] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const submission = useFormSubmission();
  const [saveMinutes] = useMutation(RecordMinutesMutation);
  const [decide] = useMutation(RecordDecisionMutation);
  const prefix = `item${number}`;
  const recordMinutes = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit({}, async () => {
      await saveMinutes({ variables: { itemId: item.id, version: item.version, minutes } });
      setMinutesSaved(true);
      onSaved();
    });
  };
  const recordDecision = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit({}, async () => {
      await decide({
        variables: {
          itemId: item.id,
          version: item.version,
          input: {
            kind: kind as MeetingDecisionKind,
            text,
            ownerAgencyId: kind === 'ACTION' ? ownerAgencyId || null : null,
            group:
              kind === 'FORM_GROUP' ? { name: groupName, objective, leadAgencyId, memberAgencyIds: members } : null,
          },
        },
      });
      setKind('');
      setText('');
      onSaved();
    });
  };
  const agencyChoices = agencies.map((a) => ({ value: a.id, text: a.name }));
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${prefix}-title`}>
      <h3 className="govuk-heading-m" id={`${prefix}-title`}>
        {number}.{' '}
        {item.premises ? (
          <Link className="govuk-link" to={`/premises/${item.premises.id}/mosaic`}>
            {item.premises.name}
          </Link>
        ) : item.person ? (
          <Link className="govuk-link" to={`/people/${item.person.id}/mosaic`}>
            {item.person.fullName}
          </Link>
        ) : (
          title
        )}
      </h3>
      <p className="govuk-body">{item.reason}</p>
      {item.reports.length > 0 && (
        <ul className="govuk-list">
          {item.reports.map((r) => (
            <li key={r.id}>
              <Link className="govuk-link" to={`/reports/${r.id}`}>
                Report graded {gradesText(r)}
              </Link>{' '}
              <ReportStatusTag status={r.status} />
            </li>
          ))}
        </ul>
      )}
      <FormProblems
        submission={submission}
        fields={{
          minutes: `${prefix}-minutes`,
          kind: `${prefix}-kind`,
          text: `${prefix}-text`,
          ownerAgencyId: `${prefix}-owner`,
          group: `${prefix}-groupName`,
          name: `${prefix}-groupName`,
          objective: `${prefix}-objective`,
          leadAgencyId: `${prefix}-lead`,
        }}
      />
      <form onSubmit={recordMinutes} noValidate aria-label={`Record the minutes: ${title}`}>
        <Textarea
          id={`${prefix}-minutes`}
          label={`Minutes of ${title}`}
          rows={3}
          value={minutes}
          onChange={(value) => {
            setMinutes(value);
            setMinutesSaved(false);
          }}
          error={submission.fieldErrors['minutes']}
        />
        <p className="govuk-body" role="status">
          {minutesSaved ? 'Minutes saved' : ''}
        </p>
        <Button variant="secondary" disabled={submission.submitting}>
          Save the minutes
        </Button>
      </form>
      {item.decisions.length > 0 && (
        <>
          <h4 className="govuk-heading-s">Decisions</h4>
          <ul className="govuk-list govuk-list--bullet">
            {item.decisions.map((d) => (
              <li key={d.id}>
                {MEETING_DECISION_KIND_LABELS[d.kind]}: {d.text}
                {d.ownerAgency && ` (${d.ownerAgency.name})`}
                {d.group && (
                  <>
                    {' – '}
                    <Link className="govuk-link" to={`/groups/${d.group.id}`}>
                      {d.group.name}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={recordDecision} noValidate aria-label={`Record a decision: ${title}`}>
        <Radios
          id={`${prefix}-kind`}
          legend={`Decision on ${title}`}
          legendSize="s"
          small
          value={kind}
          onChange={setKind}
          options={choicesFrom(
            item.premises ? MEETING_DECISION_KINDS : MEETING_DECISION_KINDS.filter((k) => k !== 'FORM_GROUP'),
            MEETING_DECISION_KIND_LABELS,
          )}
          error={submission.fieldErrors['kind']}
        />
        <Textarea
          id={`${prefix}-text`}
          label="What was decided"
          rows={2}
          value={text}
          onChange={setText}
          error={submission.fieldErrors['text']}
        />
        {kind === 'ACTION' && (
          <Select
            id={`${prefix}-owner`}
            label="Agency that owns the action"
            value={ownerAgencyId}
            onChange={setOwner}
            emptyOption="Choose an agency"
            options={agencyChoices}
            error={submission.fieldErrors['ownerAgencyId']}
          />
        )}
        {kind === 'FORM_GROUP' && (
          <>
            <TextInput
              id={`${prefix}-groupName`}
              label="Name of the task and finish group"
              value={groupName}
              onChange={setGroupName}
              error={submission.fieldErrors['name'] ?? submission.fieldErrors['group']}
            />
            <Textarea
              id={`${prefix}-objective`}
              label="Objective"
              rows={2}
              value={objective}
              onChange={setObjective}
              error={submission.fieldErrors['objective']}
            />
            <Select
              id={`${prefix}-lead`}
              label="Lead agency"
              value={leadAgencyId}
              onChange={setLead}
              emptyOption="Choose an agency"
              options={agencyChoices}
              error={submission.fieldErrors['leadAgencyId']}
            />
            <Checkboxes
              id={`${prefix}-members`}
              legend="Member agencies"
              small
              values={members}
              onChange={setMembers}
              options={agencyChoices}
            />
          </>
        )}
        <Button disabled={submission.submitting}>Record the decision</Button>
      </form>
    </section>
  );
}
