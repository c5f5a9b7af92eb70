import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from './class-names';

export interface SummaryAction {
  href: string;
  text: string;
  /** Says which row the action is about, for screen reader users: "Change" + " postcode". */
  visuallyHiddenText: string;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  action?: SummaryAction;
}

/** Key facts about one thing, as GOV.UK summary list rows. Empty values read "Not recorded". */
export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row) => (
        <div
          key={row.key}
          className={classNames(
            'govuk-summary-list__row',
            anyActions && !row.action && 'govuk-summary-list__row--no-actions',
          )}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">
            {isEmpty(row.value) ? <span className="lantern-secondary-text">Not recorded</span> : row.value}
          </dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.href}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
