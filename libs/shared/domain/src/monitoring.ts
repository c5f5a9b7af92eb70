import type { PremisesStatus, PersonRole } from './premises-kind';
import type { ReviewSchedule } from './group';

/**
 * Monitoring after closure (domain.md, step 7): a coordinator watches a premises, its owner/manager and their
 * associated premises for a while, reviewing on a schedule; anything new that touches them alerts the coordinator.
 */
export const MONITORING_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

export const MONITORED_SUBJECT_KINDS = ['PREMISES', 'PERSON'] as const;
export type MonitoredSubjectKind = (typeof MONITORED_SUBJECT_KINDS)[number];

/** The people a coordinator is offered first when monitoring a premises: those who run it. */
export const MONITORED_PERSON_ROLES: readonly PersonRole[] = ['OWNER', 'MANAGER', 'LICENCE_HOLDER', 'LANDLORD'];

/** What can touch a monitored premises or person and so raise an alert. */
export const MONITORING_ALERT_SOURCES = [
  'ENFORCEMENT_ACTION',
  'VISIT_PLAN',
  'VISIT_RECORD',
  'INFORMATION_REPORT',
  'PREMISES_LINK',
] as const;
export type MonitoringAlertSource = (typeof MONITORING_ALERT_SOURCES)[number];

export const MONITORING_ALERT_SOURCE_LABELS: Record<MonitoringAlertSource, string> = {
  ENFORCEMENT_ACTION: 'Enforcement action',
  VISIT_PLAN: 'Visit planned',
  VISIT_RECORD: 'Visit recorded',
  INFORMATION_REPORT: 'Information report',
  PREMISES_LINK: 'Person linked to premises',
};

export const MONITORING_REVIEW_OUTCOMES = ['CONTINUE', 'END'] as const;
export type MonitoringReviewOutcome = (typeof MONITORING_REVIEW_OUTCOMES)[number];

export const MONITORING_REVIEW_OUTCOME_LABELS: Record<MonitoringReviewOutcome, string> = {
  CONTINUE: 'Keep monitoring',
  END: 'End monitoring',
};

/** The London date one review period after `from` (YYYY-MM-DD); month ends clamp (31 Jan + 1 month = 28/29 Feb). */
export function nextReviewOn(from: string, schedule: ReviewSchedule): string {
  const [year, month, day] = from.split('-').map(Number);
  const addDays = (days: number) => new Date(Date.UTC(year, month - 1, day + days));
  const addMonths = (months: number) => {
    const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
  };
  const next = {
    WEEKLY: () => addDays(7),
    FORTNIGHTLY: () => addDays(14),
    MONTHLY: () => addMonths(1),
    QUARTERLY: () => addMonths(3),
  }[schedule]();
  return next.toISOString().slice(0, 10);
}

/** A review is due on or before today and monitoring is still on. */
export function isReviewOverdue(monitoring: { status: MonitoringStatus; nextReviewOn: string }, today: string) {
  return monitoring.status === 'ACTIVE' && monitoring.nextReviewOn < today;
}

/**
 * The premises' status once it is monitored: monitoring follows action taken, no further action or a concern;
 * a closed premises stays closed and one under an operation stays under it (the operation still leads).
 */
export function premisesStatusWhenMonitored(status: PremisesStatus): PremisesStatus {
  return status === 'CLOSED' || status === 'UNDER_OPERATION' ? status : 'UNDER_MONITORING';
}
