/** Joint visit plans (domain.md, "The coordinator builds a joint visit plan"). */
export const VISIT_STATUSES = ['DRAFT', 'READY', 'COMPLETED', 'CANCELLED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  DRAFT: 'Draft',
  READY: 'Ready: officers briefed',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const ATTENDANCE_RESPONSES = ['PENDING', 'CONFIRMED', 'DECLINED'] as const;
export type AttendanceResponse = (typeof ATTENDANCE_RESPONSES)[number];

export const ATTENDANCE_RESPONSE_LABELS: Record<AttendanceResponse, string> = {
  PENDING: 'Not yet confirmed',
  CONFIRMED: 'Confirmed',
  DECLINED: 'Declined',
};

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
};

/** The law checks a visit plan runs as it is built; each warning must be acknowledged before the plan is ready. */
export const VISIT_WARNING_CODES = [
  'POWER_NOT_HELD',
  'POWER_NOT_IN_FORCE',
  'POWER_NOT_FOR_PREMISES',
  'ENTRY_WITHOUT_POWER',
  'ENTRY_NEEDS_WARRANT',
  'ENTRY_NEEDS_NOTICE',
  'OUTSIDE_BUSINESS_HOURS',
  'NO_LICENSABLE_ACTIVITY',
] as const;
export type VisitWarningCode = (typeof VISIT_WARNING_CODES)[number];
