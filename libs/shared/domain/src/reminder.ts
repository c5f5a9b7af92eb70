/** What Lantern reminds people of. Each kind is one outbox `reminder` row per recipient and due time. */
export const REMINDER_KINDS = [
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'TASK_ESCALATED',
  'ORDER_EXPIRY',
  'VISIT_ATTENDANCE_UNCONFIRMED',
  'MONITORING_REVIEW',
  'REPORT_FEEDBACK_OWED',
  'WEEKLY_DIGEST',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  TASK_DUE_SOON: 'Task due tomorrow',
  TASK_OVERDUE: 'Task overdue',
  TASK_ESCALATED: 'Overdue task escalated',
  ORDER_EXPIRY: 'Order ending soon',
  VISIT_ATTENDANCE_UNCONFIRMED: 'Confirm your attendance',
  MONITORING_REVIEW: 'Monitoring review due',
  REPORT_FEEDBACK_OWED: 'Feedback owed on an information report',
  WEEKLY_DIGEST: 'Your week in Lantern',
};
