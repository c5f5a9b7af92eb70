import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTimeInLondon, MONITORING_ALERT_SOURCE_LABELS } from '@lantern/shared/domain';
import { Button, Tag } from '@lantern/web/ui';
import type { MonitoringAlertItemFragment } from '@lantern/web/graphql';
import { AcknowledgeMonitoringAlertMutation } from './monitoring-documents';

interface Props {
  alerts: readonly MonitoringAlertItemFragment[];
  /** Shown when there are none. */
  none: string;
  /** Links each alert to its monitoring (on the list page; the monitoring page itself does not need it). */
  linkToMonitoring?: boolean;
}

/** Alerts raised by new actions, visits and reports touching monitored premises or people; newest first. */
export function MonitoringAlertsList({ alerts, none, linkToMonitoring }: Props) {
  const [acknowledge, { loading }] = useMutation(AcknowledgeMonitoringAlertMutation);
  if (!alerts.length) return <p className="govuk-body">{none}</p>;
  return (
    <ul className="lantern-card-list">
      {alerts.map((alert) => (
        <li key={alert.id}>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <Tag colour={alert.acknowledgedAt ? 'grey' : 'red'}>{alert.acknowledgedAt ? 'Seen' : 'New'}</Tag>{' '}
            <strong>{MONITORING_ALERT_SOURCE_LABELS[alert.source]}</strong>, {formatDateTimeInLondon(alert.raisedAt)}
          </p>
          <p className="govuk-body govuk-!-margin-bottom-1">{alert.summary}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {alert.premises && (
              <Link className="govuk-link" to={`/premises/${alert.premises.id}`}>
                {alert.premises.name}
              </Link>
            )}
            {linkToMonitoring && (
              <>
                {alert.premises && ' · '}
                <Link className="govuk-link" to={`/monitoring/${alert.monitoringId}`}>
                  Open the monitoring
                </Link>
              </>
            )}
          </p>
          {!alert.acknowledgedAt && (
            <Button
              type="button"
              variant="secondary"
              small
              disabled={loading}
              onClick={() => void acknowledge({ variables: { id: alert.id }, refetchQueries: ['MonitoringList'] })}
            >
              Mark as seen<span className="govuk-visually-hidden"> – {alert.summary}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
