/** What officers do after the door (domain.md, step 5 and 6): enforcement actions, their status, and visit records. */
export const ENFORCEMENT_ACTION_KINDS = [
  'ADVICE',
  'WARNING',
  'INSPECTION',
  'NOTICE_SERVED',
  'PROHIBITION',
  'CLOSURE_NOTICE',
  'CLOSURE_ORDER',
  'CIVIL_ORDER',
  'LICENCE_REVIEW',
  'LICENCE_SUSPENSION',
  'LICENCE_REVOCATION',
  'SEIZURE',
  'ARREST',
  'REFERRAL',
  'NO_ACTION',
] as const;
export type EnforcementActionKind = (typeof ENFORCEMENT_ACTION_KINDS)[number];

export const ENFORCEMENT_ACTION_KIND_LABELS: Record<EnforcementActionKind, string> = {
  ADVICE: 'Advice',
  WARNING: 'Warning',
  INSPECTION: 'Inspection',
  NOTICE_SERVED: 'Notice served',
  PROHIBITION: 'Prohibition',
  CLOSURE_NOTICE: 'Closure notice',
  CLOSURE_ORDER: 'Closure order',
  CIVIL_ORDER: 'Civil order',
  LICENCE_REVIEW: 'Licence review',
  LICENCE_SUSPENSION: 'Licence suspension',
  LICENCE_REVOCATION: 'Licence revocation',
  SEIZURE: 'Seizure',
  ARREST: 'Arrest',
  REFERRAL: 'Referral',
  NO_ACTION: 'No action',
};

/** Actions that stop a premises being used: recording one makes the premises closed. */
export const CLOSING_ACTION_KINDS: readonly EnforcementActionKind[] = [
  'PROHIBITION',
  'CLOSURE_NOTICE',
  'CLOSURE_ORDER',
];

export const ENFORCEMENT_ACTION_STATUSES = [
  'SERVED',
  'COMPLIED',
  'BREACHED',
  'APPEALED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export type EnforcementActionStatus = (typeof ENFORCEMENT_ACTION_STATUSES)[number];

export const ENFORCEMENT_ACTION_STATUS_LABELS: Record<EnforcementActionStatus, string> = {
  SERVED: 'Served',
  COMPLIED: 'Complied',
  BREACHED: 'Breached',
  APPEALED: 'Appealed',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
};

/** What officers look for on entry (Project Phoenix guidance), as a checklist on the visit record. */
export const VISIT_OBSERVATIONS = [
  'CCTV_PRESENT',
  'CCTV_NOT_WORKING',
  'CHILDREN_PRESENT',
  'BEDS_IN_OFFICES',
  'BLOCKED_FIRE_ESCAPES',
  'UNHYGIENIC_FOOD',
  'UNSAFE_ELECTRICS',
  'LICENCE_NOT_DISPLAYED',
  'LICENCE_BREACHED',
  'UNSAFE_OR_COUNTERFEIT_GOODS',
  'SIGNS_OF_ILLEGAL_ACTIVITY',
] as const;
export type VisitObservation = (typeof VISIT_OBSERVATIONS)[number];

export const VISIT_OBSERVATION_LABELS: Record<VisitObservation, string> = {
  CCTV_PRESENT: 'CCTV present and working',
  CCTV_NOT_WORKING: 'CCTV missing or not working',
  CHILDREN_PRESENT: 'Children in or near the premises',
  BEDS_IN_OFFICES: 'Beds or bedding in offices or back rooms',
  BLOCKED_FIRE_ESCAPES: 'Blocked fire escapes',
  UNHYGIENIC_FOOD: 'Unhygienic food',
  UNSAFE_ELECTRICS: 'Unsafe electrics',
  LICENCE_NOT_DISPLAYED: 'Licence not displayed',
  LICENCE_BREACHED: 'Licence conditions breached',
  UNSAFE_OR_COUNTERFEIT_GOODS: 'Unsafe or counterfeit goods',
  SIGNS_OF_ILLEGAL_ACTIVITY: 'Signs of illegal activity',
};
