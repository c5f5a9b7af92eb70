import { useState } from 'react';
import { Link } from 'react-router';
import {
  formatCalendarDate,
  formatDateTimeInLondon,
  londonToday,
  TIMELINE_STRAND_LABELS,
  TIMELINE_STRAND_OF,
  TIMELINE_STRANDS,
  type TimelineEntryKind,
  type TimelineStrand,
} from '@lantern/shared/domain';
import { Select, Tag } from '@lantern/web/ui';

export interface TimelineItem {
  id: string;
  kind: TimelineEntryKind;
  at: string;
  allDay: boolean;
  title: string;
  detail: string;
  agencyName?: string | null;
  path?: string | null;
}

interface Props {
  entries: readonly TimelineItem[];
  /** Monitoring pages are for coordinating roles: others see those entries without a link. */
  mayCoordinate: boolean;
}

/** Everything that happened at the premises, newest first; a reader can pick one strand (visits, actions...). */
export function PremisesTimeline({ entries, mayCoordinate }: Props) {
  const [strand, setStrand] = useState<TimelineStrand | ''>('');
  const shown = strand ? entries.filter((entry) => TIMELINE_STRAND_OF[entry.kind] === strand) : entries;
  return (
    <section aria-labelledby="timeline-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      <Select
        id="timeline-strand"
        label="Show"
        value={strand}
        onChange={(value) => setStrand(value as TimelineStrand | '')}
        emptyOption="Everything"
        options={TIMELINE_STRANDS.map((value) => ({ value, text: TIMELINE_STRAND_LABELS[value] }))}
      />
      {shown.length === 0 && <p className="govuk-body">Nothing to show.</p>}
      <ol className="lantern-timeline" aria-label="What happened, newest first">
        {shown.map((entry) => {
          const linked = entry.path && (mayCoordinate || !entry.path.startsWith('/monitoring/'));
          return (
            <li key={entry.id} className="lantern-timeline__entry">
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <time dateTime={entry.at}>
                  {entry.allDay
                    ? formatCalendarDate(londonToday(new Date(entry.at)))
                    : formatDateTimeInLondon(entry.at)}
                </time>{' '}
                <Tag colour="grey">{TIMELINE_STRAND_LABELS[TIMELINE_STRAND_OF[entry.kind]]}</Tag>
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">
                {linked ? (
                  <Link className="govuk-link" to={entry.path!}>
                    {entry.title}
                  </Link>
                ) : (
                  entry.title
                )}
              </p>
              {(entry.detail || entry.agencyName) && (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {[entry.agencyName, entry.detail].filter(Boolean).join(': ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
