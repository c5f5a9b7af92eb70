import type { Role } from './role';

/**
 * Information reports (domain.md, "Intelligence comes in"), in the words of the Phoenix information report form
 * and the 3x5x2 grading model: where the information came from, how reliable its source and how accurate the
 * information is (1-5 each), and whether it may be shared (the handling code).
 */
export const SOURCE_TYPES = ['WITNESSED', 'MEMBER_OF_PUBLIC', 'OTHER_PROFESSIONAL'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  WITNESSED: 'Witnessed incident',
  MEMBER_OF_PUBLIC: 'Member of public',
  OTHER_PROFESSIONAL: 'Other professional',
};

/** "On a scale of 1-5 how reliable do you think they are? (1 = Always Reliable to 4 = Unreliable, 5 = cannot be judged/Untested)" */
export const SOURCE_RELIABILITY_LABELS: Record<number, string> = {
  1: '1 – Always reliable',
  2: '2 – Mostly reliable',
  3: '3 – Sometimes reliable',
  4: '4 – Unreliable',
  5: '5 – Cannot be judged / untested',
};

/** "How accurate is the information on a scale of 1-5? (1 = Known to be true beyond doubt to 4 = suspected to be false, 5 = cannot be judged)" */
export const INFORMATION_ACCURACY_LABELS: Record<number, string> = {
  1: '1 – Known to be true beyond doubt',
  2: '2 – Known personally to the source but not to the officer',
  3: '3 – Not known personally to the source but corroborated',
  4: '4 – Suspected to be false',
  5: '5 – Cannot be judged',
};

export const GRADES = [1, 2, 3, 4, 5] as const;

/** The handling code of the 3x5x2 model. */
export const HANDLING_CODES = ['P', 'C'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];
export const HANDLING_CODE_LABELS: Record<HandlingCode, string> = {
  P: 'P – May be shared (lawful sharing permitted)',
  C: 'C – May be shared with conditions',
};

/** "If the information is from a 3rd party would they be willing to engage with the Police?" */
export const THIRD_PARTY_ENGAGEMENTS = ['YES', 'NO', 'DONT_KNOW'] as const;
export type ThirdPartyEngagement = (typeof THIRD_PARTY_ENGAGEMENTS)[number];
export const THIRD_PARTY_ENGAGEMENT_LABELS: Record<ThirdPartyEngagement, string> = {
  YES: 'Yes',
  NO: 'No',
  DONT_KNOW: 'Don’t know',
};

/** Triage by the specialist team: received, assessed, then an outcome. */
export const REPORT_STATUSES = ['RECEIVED', 'ASSESSED', 'ACTIONED', 'RECORDED', 'NO_FURTHER_ACTION'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  RECEIVED: 'Received',
  ASSESSED: 'Assessed',
  ACTIONED: 'Actioned',
  RECORDED: 'Recorded for future use',
  NO_FURTHER_ACTION: 'No further action',
};
export const REPORT_OUTCOMES = ['ACTIONED', 'RECORDED', 'NO_FURTHER_ACTION'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** What the referrer reads about each outcome: what became of their report, without restricted detail. */
export const REPORT_STATUS_FOR_REFERRER: Record<ReportStatus, string> = {
  RECEIVED: 'The specialist team has received your report.',
  ASSESSED: 'The specialist team has assessed your report.',
  ACTIONED: 'Your report has led to action.',
  RECORDED: 'Your report has been recorded for future use.',
  NO_FURTHER_ACTION: 'No further action will be taken on your report.',
};

/** Days after receipt by which the referrer is owed feedback on what became of their report. */
export const FEEDBACK_DUE_DAYS = 14;

export function feedbackDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + FEEDBACK_DUE_DAYS * 24 * 3_600_000);
}

/** Who sees source identities and contact details, and who triages reports: the specialist team alone. */
export const ROLES_SEEING_SOURCES: readonly Role[] = ['INTELLIGENCE_OFFICER'];
/** Who reads every report (without its source), the mosaic and the weekly intelligence meeting. */
export const ROLES_READING_INTELLIGENCE: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];
/** Who may submit an information report: any officer of any agency. */
export const ROLES_REPORTING: readonly Role[] = [
  'ADMINISTRATOR',
  'COORDINATOR',
  'AGENCY_OFFICER',
  'INTELLIGENCE_OFFICER',
];

export function maySeeSources(role: Role): boolean {
  return ROLES_SEEING_SOURCES.includes(role);
}
export function mayReadIntelligence(role: Role): boolean {
  return ROLES_READING_INTELLIGENCE.includes(role);
}
export function mayReport(role: Role): boolean {
  return ROLES_REPORTING.includes(role);
}

/** Whether the form asks about a third party: not when the reporter witnessed it themselves. */
export function hasThirdPartySource(sourceType: SourceType | null | undefined): boolean {
  return sourceType === 'MEMBER_OF_PUBLIC' || sourceType === 'OTHER_PROFESSIONAL';
}

/** The next steps of triage from a status. */
export function nextReportStatuses(status: ReportStatus): readonly ReportStatus[] {
  if (status === 'RECEIVED') return ['ASSESSED'];
  if (status === 'ASSESSED') return REPORT_OUTCOMES;
  return [];
}

export function isReportOutcome(status: ReportStatus): status is ReportOutcome {
  return (REPORT_OUTCOMES as readonly string[]).includes(status);
}

/** Items on a weekly intelligence meeting's agenda, and what the meeting decides about them. */
export const MEETING_ITEM_KINDS = ['PREMISES', 'PERSON'] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];
export const MEETING_DECISION_KINDS = ['FORM_GROUP', 'ACTION', 'NO_FURTHER_ACTION'] as const;
export type MeetingDecisionKind = (typeof MEETING_DECISION_KINDS)[number];
export const MEETING_DECISION_KIND_LABELS: Record<MeetingDecisionKind, string> = {
  FORM_GROUP: 'Form a task and finish group',
  ACTION: 'Agree an action',
  NO_FURTHER_ACTION: 'No further action',
};
/** How far back the agenda looks for reports when there was no earlier meeting. */
export const AGENDA_LOOKBACK_DAYS = 28;

export const REPORT_SUBJECT_KIND_LABELS: Record<'PREMISES' | 'PERSON' | 'VEHICLE' | 'BUSINESS', string> = {
  PREMISES: 'Premises',
  PERSON: 'Person',
  VEHICLE: 'Vehicle',
  BUSINESS: 'Business',
};

/** Why a person of the register may be the one a report names. */
export const MATCH_REASON_LABELS: Record<
  'SAME_NAME' | 'SAME_SURNAME' | 'SAME_FORENAME' | 'NICKNAME' | 'SAME_DATE_OF_BIRTH',
  string
> = {
  SAME_NAME: 'Same name',
  SAME_SURNAME: 'Same surname',
  SAME_FORENAME: 'Same first name',
  NICKNAME: 'Nickname matches',
  SAME_DATE_OF_BIRTH: 'Same date of birth',
};
