import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mayCoordinate, mayReadIntelligence, scopingAgency } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { TimelineEntry, timelineEntry, TimelineRow } from './premises-timeline.rules';

/** The most entries a timeline returns; older ones are left off (the page says so). */
export const TIMELINE_LIMIT = 500;

/**
 * Where a dated entry (an action taken on a day) sits among timed ones: when it was recorded, if that was on the
 * day itself, else at the end of that London day; so an action recorded at the door comes before the status
 * change it caused, and one recorded later still sits on its own day.
 */
const onTheDay = (day: string, recordedAt: string) =>
  `LEAST(${recordedAt}, ((${day} + 1)::timestamp AT TIME ZONE 'Europe/London') - interval '1 millisecond')`;

/**
 * Everything that happened at a premises, newest first, in one statement. Each strand applies the same scope as
 * its own context: an agency officer ($2) sees group events, visits and group tasks of groups their agency is a
 * member of, standalone tasks their agency owns, and the actions and unplanned visits at premises shared with it;
 * monitoring alerts are for coordinating roles ($3); reports and the weekly meeting for those who read intelligence
 * ($5), and a referrer sees the reports they sent ($6). Never a source's identity. The caller has already checked
 * the premises is visible.
 */
const TIMELINE_SQL = `
WITH visible_group AS (
  SELECT gp.group_id FROM group_premises gp
   WHERE gp.premises_id = $1
     AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM group_agency ga WHERE ga.group_id = gp.group_id AND ga.agency_id = $2))
)
SELECT * FROM (
  SELECT 'PREMISES_RECORDED' AS kind, p.created_at AS at, false AS all_day, p.id::text AS row_id, p.id AS subject_id,
         NULL AS a, NULL AS b, NULL AS c, NULL AS agency_name
    FROM premises p WHERE p.id = $1
  UNION ALL
  SELECT 'STATUS_CHANGED', s.at, false, s.id::text, s.premises_id, s.from_status, s.to_status, NULL, NULL
    FROM premises_status_change s WHERE s.premises_id = $1 AND s.from_status IS NOT NULL
  UNION ALL
  SELECT 'REPORT_RECEIVED', r.received_at, false, r.id::text, r.id, r.status,
         concat_ws('-', coalesce(r.source_reliability::text, 'not graded'), r.information_accuracy::text, r.handling_code),
         NULL, NULL
    FROM information_report r
   WHERE r.id IN (SELECT rs.report_id FROM information_report_subject rs WHERE rs.premises_id = $1)
     AND ($5 OR r.submitted_by_user_id = $6::uuid)
  UNION ALL
  SELECT 'MEETING_ITEM', ((mt.held_on::timestamp + interval '12 hours') AT TIME ZONE 'Europe/London'), true,
         mi.id::text, mt.id, mi.reason, NULL, NULL, NULL
    FROM meeting_item mi JOIN intelligence_meeting mt ON mt.id = mi.meeting_id
   WHERE mi.premises_id = $1 AND $5
  UNION ALL
  SELECT 'MEETING_DECISION', md.created_at, false, md.id::text, md.meeting_id, md.kind, md.text, NULL, NULL
    FROM meeting_decision md JOIN meeting_item mi ON mi.id = md.item_id
   WHERE mi.premises_id = $1 AND $5
  UNION ALL
  SELECT 'GROUP_EVENT', e.occurred_at, false, e.id::text, e.group_id, g.name, e.kind, e.summary, NULL
    FROM group_event e JOIN task_and_finish_group g ON g.id = e.group_id
   WHERE e.group_id IN (SELECT group_id FROM visible_group) AND e.kind IN ('GROUP_FORMED', 'STAGE_CHANGED')
  UNION ALL
  SELECT 'VISIT_PLANNED', v.starts_at, false, v.id::text, v.id, v.status,
         (SELECT count(*) FROM visit_agency va WHERE va.visit_plan_id = v.id)::text, g.name, NULL
    FROM visit_plan v JOIN task_and_finish_group g ON g.id = v.group_id
   WHERE v.premises_id = $1 AND v.group_id IN (SELECT group_id FROM visible_group)
  UNION ALL
  SELECT 'VISIT_RECORDED', r.started_at, false, r.id::text, r.id,
         (SELECT count(*) FROM visit_record_attendance ra WHERE ra.visit_record_id = r.id)::text,
         cardinality(r.observations)::text, (r.visit_plan_id IS NOT NULL)::text, NULL
    FROM visit_record r LEFT JOIN visit_plan v ON v.id = r.visit_plan_id
   WHERE r.premises_id = $1 AND (r.visit_plan_id IS NULL OR v.group_id IN (SELECT group_id FROM visible_group))
  UNION ALL
  SELECT 'ACTION_TAKEN', ${onTheDay('x.taken_on', 'x.created_at')}, true, x.id::text, x.id, x.kind, pw.name,
         NULL, ag.name
    FROM enforcement_action x JOIN agency ag ON ag.id = x.agency_id LEFT JOIN power pw ON pw.id = x.power_id
   WHERE x.premises_id = $1
  UNION ALL
  SELECT 'ACTION_STATUS_CHANGED', ${onTheDay('sc.changed_on', 'sc.at')}, true, sc.id::text, x.id,
         sc.status, x.kind, sc.note, ag.name
    FROM enforcement_action_status_change sc JOIN enforcement_action x ON x.id = sc.action_id
    JOIN agency ag ON ag.id = x.agency_id
   WHERE x.premises_id = $1 AND sc.status <> 'SERVED'
  UNION ALL
  SELECT k.kind, k.at, false, k.id || ':' || k.kind, k.id, k.title, k.status, k.due_on::text, ag.name
    FROM (
      SELECT 'TASK_ADDED' AS kind, t.created_at AS at, t.* FROM task t
      UNION ALL
      SELECT 'TASK_DONE', t.completed_at, t.* FROM task t WHERE t.status = 'DONE' AND t.completed_at IS NOT NULL
    ) k JOIN agency ag ON ag.id = k.owner_agency_id
   WHERE k.premises_id = $1
     AND ($2::uuid IS NULL OR (k.group_id IS NULL AND k.owner_agency_id = $2) OR k.group_id IN (SELECT group_id FROM visible_group))
  UNION ALL
  SELECT 'MONITORING_STARTED', m.created_at, false, ms.id::text, m.id, m.review_schedule, (m.premises_id = $1)::text,
         m.ends_on::text, NULL
    FROM monitored_subject ms JOIN monitoring m ON m.id = ms.monitoring_id WHERE ms.premises_id = $1
  UNION ALL
  SELECT 'MONITORING_REVIEWED', ${onTheDay('mr.reviewed_on', 'mr.created_at')}, true, mr.id::text, m.id,
         mr.outcome, NULL, NULL, NULL
    FROM monitoring_review mr JOIN monitoring m ON m.id = mr.monitoring_id WHERE m.premises_id = $1
  UNION ALL
  SELECT 'MONITORING_ALERT', al.raised_at, false, al.id::text, al.monitoring_id, al.summary, NULL, NULL, NULL
    FROM monitoring_alert al WHERE al.premises_id = $1 AND $3
) entry
ORDER BY at DESC,
  -- Written in one transaction, an effect shares its cause's time: newest first, it comes before the cause.
  CASE kind WHEN 'STATUS_CHANGED' THEN 0 WHEN 'MONITORING_ALERT' THEN 1 WHEN 'TASK_ADDED' THEN 2 ELSE 3 END,
  kind, row_id
LIMIT $4`;

@Injectable()
export class PremisesTimelineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** The premises' timeline as the viewer may see it, newest first; the read is audited as a consultation. */
  timeline(viewer: Viewer | null, premisesId: string, limit = TIMELINE_LIMIT): Promise<TimelineEntry[]> {
    return this.db.transaction(async (manager) => {
      const rows: TimelineRow[] = await manager.query(TIMELINE_SQL, [
        premisesId,
        scopingAgency(viewer),
        !!viewer && mayCoordinate(viewer.role),
        Math.min(Math.max(limit, 1), TIMELINE_LIMIT),
        !!viewer && mayReadIntelligence(viewer.role),
        viewer?.userId ?? null,
      ]);
      await this.audit.record(manager, viewer, {
        action: 'CONSULTATION',
        entityType: 'premises',
        entityIds: [premisesId],
        purpose: 'Premises timeline',
        details: { entries: rows.length },
      });
      return rows.map(timelineEntry);
    });
  }
}
