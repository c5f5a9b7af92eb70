import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTimeInLondon } from '@lantern/shared/domain';
import { LoadingMessage } from '@lantern/web/ui';
import { apiProblemOf, graphql } from '@lantern/web/graphql';
import { VisitStatusTag } from './visit-status-tag';

const MyVisitsQuery = graphql(`
  query MyVisits {
    myVisits {
      id
      startsAt
      status
      rendezvousPoint
      premises {
        id
        name
      }
      group {
        id
        name
      }
    }
  }
`);

/** The visits still to happen that the user, or their agency, is asked to attend: soonest first. */
export function MyVisits() {
  const { data, error, loading } = useQuery(MyVisitsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="my-visits-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="my-visits-heading">
        Visits you are asked to attend
      </h2>
      {error && !data && <p className="govuk-error-message">{apiProblemOf(error).message}</p>}
      {!data && loading && <LoadingMessage what="your visits" />}
      {data &&
        (data.myVisits.length === 0 ? (
          <p className="govuk-body">No visits coming up for you or your agency.</p>
        ) : (
          <ul className="lantern-card-list">
            {data.myVisits.map((visit) => (
              <li key={visit.id}>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={`/visits/${visit.id}`}>
                    {formatDateTimeInLondon(visit.startsAt)}
                    {visit.premises ? `: ${visit.premises.name}` : ''}
                  </Link>
                </h3>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <VisitStatusTag status={visit.status} /> {visit.group.name}
                </p>
                {visit.rendezvousPoint && (
                  <p className="govuk-body-s govuk-!-margin-bottom-0">Meet at: {visit.rendezvousPoint}</p>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
