import { formatDateTimeInLondon } from '@lantern/shared/domain';

export interface TimelineEntry {
  id: string;
  occurredAt: string;
  summary: string;
  user?: { displayName: string } | null;
}

/** Everything that happened to a group, newest first. */
export function GroupTimeline({ events }: { events: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      <ol className="lantern-timeline" reversed>
        {events.map((event) => (
          <li key={event.id}>
            <p className="govuk-body govuk-!-margin-bottom-0">{event.summary}</p>
            <p className="govuk-body-s lantern-secondary-text govuk-!-margin-bottom-0">
              <time dateTime={event.occurredAt}>{formatDateTimeInLondon(event.occurredAt)}</time>
              {event.user && <> by {event.user.displayName}</>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
