import {
  ENFORCEMENT_ACTION_KIND_LABELS,
  ENFORCEMENT_ACTION_STATUS_LABELS,
  formatCalendarDate,
  MEETING_DECISION_KIND_LABELS,
  MONITORING_REVIEW_OUTCOME_LABELS,
  PREMISES_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  REVIEW_SCHEDULE_LABELS,
  TASK_STATUS_LABELS,
  VISIT_STATUS_LABELS,
} from '@lantern/shared/domain';
import type {
  EnforcementActionKind,
  EnforcementActionStatus,
  MeetingDecisionKind,
  MonitoringReviewOutcome,
  PremisesStatus,
  ReportStatus,
  ReviewSchedule,
  TaskStatus,
  TimelineEntryKind,
  VisitStatus,
} from '@lantern/shared/domain';

/** One row of the timeline query: the kind, when, what it is about and up to three facts to put in words. */
export interface TimelineRow {
  kind: TimelineEntryKind;
  at: Date;
  all_day: boolean;
  /** The source row (unique within its kind). */
  row_id: string;
  /** What the entry leads to: the group, visit, action, task or monitoring. */
  subject_id: string;
  a: string | null;
  b: string | null;
  c: string | null;
  agency_name: string | null;
}

export interface TimelineEntry {
  id: string;
  kind: TimelineEntryKind;
  at: Date;
  allDay: boolean;
  subjectId: string;
  title: string;
  detail: string;
  agencyName: string | null;
  /** The web page it leads to, when there is one. */
  path: string | null;
}

const count = (value: string | null, one: string, many: string) => {
  const n = Number(value ?? 0);
  return `${n} ${n === 1 ? one : many}`;
};

/** Puts a row of the timeline in words: the same facts always read the same way, wherever they come from. */
export function timelineEntry(row: TimelineRow): TimelineEntry {
  const { a, b, c } = row;
  const words = (): { title: string; detail?: string; path?: string } => {
    switch (row.kind) {
      case 'PREMISES_RECORDED':
        return { title: 'Recorded as a premises of concern' };
      case 'STATUS_CHANGED':
        return {
          title: `Status: ${PREMISES_STATUS_LABELS[b as PremisesStatus] ?? b}`,
          detail: a ? `Was ${PREMISES_STATUS_LABELS[a as PremisesStatus] ?? a}` : '',
        };
      case 'REPORT_RECEIVED':
        return {
          title: 'Information report',
          detail: `${REPORT_STATUS_LABELS[a as ReportStatus] ?? a}; graded ${b}`,
          path: `/reports/${row.subject_id}`,
        };
      case 'MEETING_ITEM':
        return {
          title: 'On the weekly intelligence meeting’s agenda',
          detail: a ?? '',
          path: `/meetings/${row.subject_id}`,
        };
      case 'MEETING_DECISION':
        return {
          title: `Meeting decision: ${(MEETING_DECISION_KIND_LABELS[a as MeetingDecisionKind] ?? a ?? '').toLowerCase()}`,
          detail: b ?? '',
          path: `/meetings/${row.subject_id}`,
        };
      case 'GROUP_EVENT':
        return { title: c ?? 'Group changed', detail: a ? `Group: ${a}` : '', path: `/groups/${row.subject_id}` };
      case 'VISIT_PLANNED':
        return {
          title: a === 'CANCELLED' ? 'Joint visit (cancelled)' : 'Joint visit',
          detail: `${VISIT_STATUS_LABELS[a as VisitStatus] ?? a}; ${count(b, 'agency', 'agencies')} attending${c ? `; group: ${c}` : ''}`,
          path: `/visits/${row.subject_id}`,
        };
      case 'VISIT_RECORDED':
        return {
          title: 'Visit recorded',
          detail: `${count(a, 'officer', 'officers')} attended; ${count(b, 'observation', 'observations')}${c === 'true' ? '' : '; not a planned visit'}`,
          path: `/visit-records/${row.subject_id}`,
        };
      case 'ACTION_TAKEN':
        return {
          title: ENFORCEMENT_ACTION_KIND_LABELS[a as EnforcementActionKind] ?? a ?? 'Enforcement action',
          detail: b ? `Under ${b}` : '',
          path: `/actions/${row.subject_id}`,
        };
      case 'ACTION_STATUS_CHANGED':
        return {
          title: `${ENFORCEMENT_ACTION_KIND_LABELS[b as EnforcementActionKind] ?? b}: ${(ENFORCEMENT_ACTION_STATUS_LABELS[a as EnforcementActionStatus] ?? a ?? '').toLowerCase()}`,
          detail: c ?? '',
          path: `/actions/${row.subject_id}`,
        };
      case 'TASK_ADDED':
        return {
          title: `Task: ${a}`,
          detail: `${TASK_STATUS_LABELS[b as TaskStatus] ?? b}${c ? `; due ${formatCalendarDate(c)}` : ''}`,
          path: `/tasks/${row.subject_id}`,
        };
      case 'TASK_DONE':
        return { title: `Task done: ${a}`, path: `/tasks/${row.subject_id}` };
      case 'MONITORING_STARTED':
        return {
          title: b === 'true' ? 'Under monitoring' : 'Under monitoring as an associated premises',
          detail: `Reviewed ${(REVIEW_SCHEDULE_LABELS[a as ReviewSchedule] ?? a ?? '').toLowerCase()} until ${formatCalendarDate(c)}`,
          path: `/monitoring/${row.subject_id}`,
        };
      case 'MONITORING_REVIEWED':
        return {
          title: `Monitoring reviewed: ${(MONITORING_REVIEW_OUTCOME_LABELS[a as MonitoringReviewOutcome] ?? a ?? '').toLowerCase()}`,
          path: `/monitoring/${row.subject_id}`,
        };
      case 'MONITORING_ALERT':
        return { title: 'Monitoring alert', detail: a ?? '', path: `/monitoring/${row.subject_id}` };
    }
  };
  const { title, detail = '', path = null } = words();
  return {
    id: `${row.kind}:${row.row_id}`,
    kind: row.kind,
    at: row.at,
    allDay: row.all_day,
    subjectId: row.subject_id,
    title,
    detail,
    agencyName: row.agency_name,
    path,
  };
}
