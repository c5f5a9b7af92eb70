import { Link } from 'react-router';
import { formatCalendarDate, REVIEW_SCHEDULE_LABELS } from '@lantern/shared/domain';
import { ButtonLink } from '@lantern/web/ui';
import type { PremisesMonitoringFragment } from '@lantern/web/graphql';

interface Props {
  premises: PremisesMonitoringFragment;
  mayCoordinate: boolean;
}

/** The premises page's "Monitoring" section: the monitoring covering it, or (for coordinators) a way to start one. */
export function PremisesMonitoring({ premises, mayCoordinate }: Props) {
  const monitoring = premises.monitoring;
  if (!monitoring && !mayCoordinate) return null;
  return (
    <section aria-labelledby="monitoring-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="monitoring-heading">
        Monitoring
      </h2>
      {monitoring ? (
        <p className="govuk-body">
          {monitoring.premisesId === premises.id
            ? 'Under monitoring'
            : 'Under monitoring as a premises associated with another'}{' '}
          until {formatCalendarDate(monitoring.endsOn)}, reviewed{' '}
          {REVIEW_SCHEDULE_LABELS[monitoring.reviewSchedule].toLowerCase()}; next review{' '}
          {formatCalendarDate(monitoring.nextReviewOn)}
          {monitoring.reviewOverdue ? ' (overdue)' : ''}.{' '}
          {mayCoordinate && (
            <Link className="govuk-link" to={`/monitoring/${monitoring.id}`}>
              Open the monitoring
            </Link>
          )}
        </p>
      ) : (
        <>
          <p className="govuk-body">Not under monitoring.</p>
          <ButtonLink to={`/premises/${premises.id}/monitoring/new`} variant="secondary">
            Put under monitoring<span className="govuk-visually-hidden"> – {premises.name}</span>
          </ButtonLink>
        </>
      )}
    </section>
  );
}
