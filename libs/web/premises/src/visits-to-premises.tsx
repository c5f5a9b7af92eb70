import { Link } from 'react-router';
import { formatDateTimeInLondon } from '@lantern/shared/domain';
import { ButtonLink } from '@lantern/web/ui';

interface VisitRecordRow {
  id: string;
  visitPlanId: string | null;
  startedAt: string;
  observations: readonly string[];
}

/** The visits recorded at a premises, latest first, and a way to record an unplanned one. */
export function VisitsToPremises({ premisesId, records }: { premisesId: string; records: readonly VisitRecordRow[] }) {
  return (
    <section aria-labelledby="visits-heading">
      <h2 className="govuk-heading-m" id="visits-heading">
        Visits recorded
      </h2>
      {records.length ? (
        <ul className="govuk-list">
          {records.map((record) => (
            <li key={record.id}>
              <Link className="govuk-link" to={`/visit-records/${record.id}`}>
                {record.visitPlanId ? 'Joint visit' : 'Unplanned visit'} on {formatDateTimeInLondon(record.startedAt)}
              </Link>{' '}
              <span className="lantern-secondary-text">
                ({record.observations.length === 1 ? '1 observation' : `${record.observations.length} observations`})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No visits recorded yet.</p>
      )}
      <ButtonLink to={`/premises/${premisesId}/visits/record`} variant="secondary">
        Record an unplanned visit
      </ButtonLink>
    </section>
  );
}
