import { Link } from 'react-router';
import {
  ENFORCEMENT_ACTION_KIND_LABELS,
  ENFORCEMENT_ACTION_STATUS_LABELS,
  formatCalendarDate,
  type EnforcementActionKind,
  type EnforcementActionStatus,
} from '@lantern/shared/domain';
import { Table } from '@lantern/web/ui';

interface VisitAction {
  id: string;
  kind: EnforcementActionKind;
  status: EnforcementActionStatus;
  takenOn: string;
  agency: { name: string };
  power: { name: string } | null;
}

/** What each agency did at the visit, newest first: the planner sees the visit's results beside its plan. */
export function VisitActions({ actions }: { actions: readonly VisitAction[] }) {
  if (!actions.length) return null;
  return (
    <section aria-labelledby="visit-actions-heading">
      <h2 className="govuk-heading-m" id="visit-actions-heading">
        Actions taken at the visit
      </h2>
      <Table
        caption="Each action, newest first"
        captionHidden
        columns={[{ text: 'Action' }, { text: 'Agency' }, { text: 'Taken on' }, { text: 'Status' }]}
        rows={actions.map((action) => ({
          key: action.id,
          cells: [
            <Link key="action" className="govuk-link" to={`/actions/${action.id}`}>
              {ENFORCEMENT_ACTION_KIND_LABELS[action.kind]}
              {action.power ? `: ${action.power.name}` : ''}
            </Link>,
            action.agency.name,
            formatCalendarDate(action.takenOn),
            ENFORCEMENT_ACTION_STATUS_LABELS[action.status],
          ],
        }))}
      />
    </section>
  );
}
