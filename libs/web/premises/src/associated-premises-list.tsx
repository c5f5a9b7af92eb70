import { Link } from 'react-router';
import type { PremisesStatus } from '@lantern/shared/domain';
import { PremisesStatusTag } from './premises-status-tag';

export interface AssociatedPremisesItem {
  premisesId: string;
  premises: { id: string; name: string; postcode: string; status: PremisesStatus };
  through: { id: string; fullName: string }[];
}

/** Other premises the same people are linked to: where a new concern about them should be looked at too. */
export function AssociatedPremisesList({ associated }: { associated: AssociatedPremisesItem[] }) {
  return (
    <section aria-labelledby="associated-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="associated-heading">
        Associated premises
      </h2>
      {associated.length === 0 ? (
        <p className="govuk-body">No other premises share people with this one.</p>
      ) : (
        <ul className="lantern-card-list">
          {associated.map((item) => (
            <li key={item.premisesId}>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/premises/${item.premises.id}`}>
                  {item.premises.name}
                </Link>{' '}
                <span className="lantern-nowrap">{item.premises.postcode}</span>{' '}
                <PremisesStatusTag status={item.premises.status} />
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                Shares: {item.through.map((person) => person.fullName).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
