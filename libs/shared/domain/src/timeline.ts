/** What a premises timeline shows (domain.md: reports, meetings, visits, actions, tasks and status changes, in order). */
export const TIMELINE_ENTRY_KINDS = [
  'PREMISES_RECORDED',
  'STATUS_CHANGED',
  'REPORT_RECEIVED',
  'MEETING_ITEM',
  'MEETING_DECISION',
  'GROUP_EVENT',
  'VISIT_PLANNED',
  'VISIT_RECORDED',
  'ACTION_TAKEN',
  'ACTION_STATUS_CHANGED',
  'TASK_ADDED',
  'TASK_DONE',
  'MONITORING_STARTED',
  'MONITORING_REVIEWED',
  'MONITORING_ALERT',
] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/** The strands a reader can pick out of a timeline. */
export const TIMELINE_STRANDS = [
  'STATUS',
  'REPORTS',
  'MEETINGS',
  'GROUPS',
  'VISITS',
  'ACTIONS',
  'TASKS',
  'MONITORING',
] as const;
export type TimelineStrand = (typeof TIMELINE_STRANDS)[number];

export const TIMELINE_STRAND_LABELS: Record<TimelineStrand, string> = {
  STATUS: 'Status',
  REPORTS: 'Reports',
  MEETINGS: 'Meetings',
  GROUPS: 'Groups',
  VISITS: 'Visits',
  ACTIONS: 'Actions',
  TASKS: 'Tasks',
  MONITORING: 'Monitoring',
};

export const TIMELINE_STRAND_OF: Record<TimelineEntryKind, TimelineStrand> = {
  PREMISES_RECORDED: 'STATUS',
  STATUS_CHANGED: 'STATUS',
  REPORT_RECEIVED: 'REPORTS',
  MEETING_ITEM: 'MEETINGS',
  MEETING_DECISION: 'MEETINGS',
  GROUP_EVENT: 'GROUPS',
  VISIT_PLANNED: 'VISITS',
  VISIT_RECORDED: 'VISITS',
  ACTION_TAKEN: 'ACTIONS',
  ACTION_STATUS_CHANGED: 'ACTIONS',
  TASK_ADDED: 'TASKS',
  TASK_DONE: 'TASKS',
  MONITORING_STARTED: 'MONITORING',
  MONITORING_REVIEWED: 'MONITORING',
  MONITORING_ALERT: 'MONITORING',
};
