import { Link } from 'react-router';
import { formatDateTimeInLondon, type VisitStatus } from '@lantern/shared/domain';
import { ButtonLink } from '@lantern/web/ui';
import { VisitStatusTag } from './visit-status-tag';

export interface GroupVisit {
  id: string;
  startsAt: string;
  status: VisitStatus;
  premises?: { name: string } | null;
  agencies: { id: string }[];
}

interface GroupVisitsProps {
  groupId: string;
  visits: GroupVisit[];
  /** Coordinators of a group that is not closed. */
  mayPlan: boolean;
}

/** A group's joint visits, soonest first, and where to plan another. */
export function GroupVisits({ groupId, visits, mayPlan }: GroupVisitsProps) {
  return (
    <section aria-labelledby="visits-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="visits-heading">
        Joint visits
      </h2>
      {visits.length === 0 ? (
        <p className="govuk-body">No visits planned yet.</p>
      ) : (
        <ul className="lantern-card-list">
          {visits.map((visit) => (
            <li key={visit.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/visits/${visit.id}`}>
                  {formatDateTimeInLondon(visit.startsAt)}
                  {visit.premises ? `: ${visit.premises.name}` : ''}
                </Link>
              </h3>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                <VisitStatusTag status={visit.status} /> {visit.agencies.length} agenc
                {visit.agencies.length === 1 ? 'y' : 'ies'} attending
              </p>
            </li>
          ))}
        </ul>
      )}
      {mayPlan && (
        <ButtonLink to={`/groups/${groupId}/visits/new`} variant="secondary">
          Plan a visit
        </ButtonLink>
      )}
    </section>
  );
}
