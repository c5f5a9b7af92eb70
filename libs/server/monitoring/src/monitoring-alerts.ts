import type { EntityManager } from 'typeorm';
import type { MonitoringAlertSource } from '@lantern/shared/domain';

/** Something new that may touch monitored premises or people. */
export interface MonitoringTouch {
  source: MonitoringAlertSource;
  sourceId: string;
  /** Where it happened: the premises it names (a report may name several; the first is where it happened). */
  premisesIds: readonly string[];
  /** The people it names (met at a visit, an order against, linked to a report). */
  personIds?: readonly string[];
  /** What happened, for the coordinator: never a source's identity. */
  summary: string;
}

/**
 * Raises an alert to the coordinator of every active monitoring the touch reaches, inside the caller's
 * transaction, so the alert exists exactly when the action, visit or report does. One alert per monitoring and
 * source: touching it again (another person added to the same visit record) adds to the subjects it names.
 * Monitoring is active until it is ended or its end date passes. Returns the number of monitorings alerted.
 */
export async function raiseMonitoringAlerts(manager: EntityManager, touch: MonitoringTouch): Promise<number> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO monitoring_alert (monitoring_id, source, source_id, premises_id, subject_ids, summary)
     SELECT s.monitoring_id, $1, $2, ($3::uuid[])[1], array_agg(s.id ORDER BY s.id), left($5, 500)
       FROM monitored_subject s
       JOIN monitoring m ON m.id = s.monitoring_id
      WHERE m.status = 'ACTIVE' AND m.ends_on >= (now() AT TIME ZONE 'Europe/London')::date
        AND (s.premises_id = ANY($3::uuid[]) OR s.person_id = ANY($4::uuid[]))
      GROUP BY s.monitoring_id
     ON CONFLICT (monitoring_id, source, source_id) DO UPDATE
        SET subject_ids = ARRAY(SELECT DISTINCT unnest(monitoring_alert.subject_ids || EXCLUDED.subject_ids))
     RETURNING id`,
    [touch.source, touch.sourceId, [...touch.premisesIds], [...(touch.personIds ?? [])], touch.summary],
  );
  return rows.length;
}
