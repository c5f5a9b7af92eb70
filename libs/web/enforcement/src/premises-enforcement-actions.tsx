import { Link } from 'react-router';
import { ENFORCEMENT_ACTION_KIND_LABELS, formatCalendarDate } from '@lantern/shared/domain';
import { ButtonLink, SummaryList } from '@lantern/web/ui';
import type { PremisesEnforcementActionsFragment } from '@lantern/web/graphql';
import { ActionStatusTag } from './action-status-tag';

interface Props {
  premises: PremisesEnforcementActionsFragment & { name: string };
}

/** The premises page's "Enforcement actions" section: what each agency did, newest first, with its status. */
export function PremisesEnforcementActions({ premises }: Props) {
  const actions = premises.enforcementActions;
  return (
    <section aria-labelledby="enforcement-actions-heading">
      <h2 className="govuk-heading-m" id="enforcement-actions-heading">
        Enforcement actions
      </h2>
      {actions.length === 0 && <p className="govuk-body">No actions have been recorded at this premises.</p>}
      {actions.length > 0 && (
        <ul className="lantern-card-list">
          {actions.map((action) => (
            <li key={action.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {ENFORCEMENT_ACTION_KIND_LABELS[action.kind]}
                  {action.power ? `: ${action.power.name}` : ''}
                </Link>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-2">
                <ActionStatusTag status={action.status} />
              </p>
              <SummaryList
                noBorder
                rows={[
                  {
                    key: 'Agency',
                    value: `${action.agency.name}${action.recordedOnBehalf ? ' (recorded on its behalf)' : ''}`,
                  },
                  { key: 'Taken on', value: formatCalendarDate(action.takenOn) },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      <ButtonLink to={`/premises/${premises.id}/actions/new`} variant="secondary">
        Record what we did<span className="govuk-visually-hidden"> at {premises.name}</span>
      </ButtonLink>
    </section>
  );
}
