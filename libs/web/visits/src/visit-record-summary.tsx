import {
  formatCalendarDate,
  formatDateTimeInLondon,
  PERSON_ROLE_LABELS,
  VISIT_OBSERVATION_LABELS,
} from '@lantern/shared/domain';
import type { VisitRecordFieldsFragment } from '@lantern/web/graphql';
import { SummaryList, Tag } from '@lantern/web/ui';
import { londonTime } from './visit-time';

function attendanceTag(attendee: { planned: boolean; attended: boolean }) {
  if (!attendee.planned) return <Tag colour="blue">Came, not asked</Tag>;
  return attendee.attended ? <Tag colour="green">Attended</Tag> : <Tag colour="red">Did not attend</Tag>;
}

/** What happened at a visit: when, who came against who was asked, what officers saw, and the people met. */
export function VisitRecordSummary({
  record,
  headingLevel = 2,
}: {
  record: VisitRecordFieldsFragment;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const ended = record.endedAt ? ` to ${londonTime(record.endedAt)}` : '';
  return (
    <section aria-labelledby={`record-${record.id}-heading`}>
      <Heading className="govuk-heading-m" id={`record-${record.id}-heading`}>
        What happened
      </Heading>
      <SummaryList
        rows={[
          { key: 'When (London time)', value: `${formatDateTimeInLondon(record.startedAt)}${ended}` },
          {
            key: 'People inside',
            value: record.numberOfOccupants === null ? 'Not recorded' : String(record.numberOfOccupants),
          },
          {
            key: 'Notes',
            value: record.notes ? <span className="lantern-preserve-lines">{record.notes}</span> : 'None',
          },
        ]}
      />
      <Sub className="govuk-heading-s">Attendance: planned and actual</Sub>
      <ul className="govuk-list">
        {record.attendees.map((attendee) => (
          <li key={attendee.officerId}>
            {attendee.officer?.name ?? 'An officer'} ({attendee.agency.name}) {attendanceTag(attendee)}
          </li>
        ))}
      </ul>
      <Sub className="govuk-heading-s">What officers saw</Sub>
      {record.observations.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {record.observations.map((observation) => (
            <li key={observation}>{VISIT_OBSERVATION_LABELS[observation]}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">Nothing on the checklist.</p>
      )}
      <Sub className="govuk-heading-s">People met</Sub>
      {record.peopleEncountered.length ? (
        <ul className="govuk-list">
          {record.peopleEncountered.map((met) => (
            <li key={met.id}>
              {met.person?.fullName ?? 'A person not shared with your agency'} ({PERSON_ROLE_LABELS[met.role]})
              {met.person?.dateOfBirth ? `, born ${formatCalendarDate(met.person.dateOfBirth)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No one recorded.</p>
      )}
    </section>
  );
}
