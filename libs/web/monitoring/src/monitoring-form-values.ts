import {
  calendarDateFromParts,
  calendarDatePartsProblem,
  MONITORED_PERSON_ROLES,
  MONITORING_REVIEW_OUTCOMES,
  oneOf,
  requiredText,
  REVIEW_SCHEDULES,
  type CalendarDateParts,
  type MonitoringReviewOutcome,
  type PersonRole,
  type ReviewSchedule,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

const NO_DATE: CalendarDateParts = { day: '', month: '', year: '' };

/** The "Put under monitoring" form as typed. */
export interface MonitoringFormValues {
  personIds: string[];
  associatedPremisesIds: string[];
  reason: string;
  reviewSchedule: ReviewSchedule | '';
  firstReviewOn: CalendarDateParts;
  endsOn: CalendarDateParts;
}

/** Field name (as StartMonitoringInput names it) → the id of its input, in the order they appear on the form. */
export const MONITORING_FORM_FIELDS: Record<keyof MonitoringFormValues, string> = {
  personIds: 'monitoring-personIds',
  associatedPremisesIds: 'monitoring-associatedPremisesIds',
  reason: 'monitoring-reason',
  reviewSchedule: 'monitoring-reviewSchedule',
  firstReviewOn: 'monitoring-firstReviewOn',
  endsOn: 'monitoring-endsOn',
};

interface Choices {
  people: readonly { role: PersonRole; person: { id: string } }[];
  associatedPremises: readonly { premisesId: string; through: readonly { id: string }[] }[];
}

/**
 * The form as it opens: the people who run the premises (owner, manager, licence holder, landlord) ticked, and the
 * associated premises those people link to; reviewed monthly.
 */
export function startingMonitoringForm({ people, associatedPremises }: Choices): MonitoringFormValues {
  const personIds = [
    ...new Set(people.filter((link) => MONITORED_PERSON_ROLES.includes(link.role)).map((link) => link.person.id)),
  ];
  return {
    personIds,
    associatedPremisesIds: associatedPremises
      .filter((other) => other.through.some((person) => personIds.includes(person.id)))
      .map((other) => other.premisesId),
    reason: '',
    reviewSchedule: 'MONTHLY',
    firstReviewOn: NO_DATE,
    endsOn: NO_DATE,
  };
}

/** The checks the server makes (monitoring.rules.ts) that can be made here; the server has the last word. */
export function monitoringFormProblems(values: MonitoringFormValues, today: string): FieldErrors {
  const endsOn = calendarDateFromParts(values.endsOn);
  const firstReviewOn = calendarDateFromParts(values.firstReviewOn);
  return {
    reason: requiredText(values.reason, 'why the premises and people are to be monitored', 4000) ?? undefined,
    reviewSchedule: oneOf(values.reviewSchedule, REVIEW_SCHEDULES, 'how often monitoring is reviewed') ?? undefined,
    firstReviewOn:
      calendarDatePartsProblem(values.firstReviewOn, 'The date of the first review') ??
      (firstReviewOn && firstReviewOn < today ? 'The first review cannot be in the past' : undefined),
    endsOn:
      calendarDatePartsProblem(values.endsOn, 'The date monitoring ends', true) ??
      (endsOn && endsOn <= today ? 'The date monitoring ends must be in the future' : undefined),
  };
}

export function monitoringInputFrom(premisesId: string, values: MonitoringFormValues) {
  return {
    premisesId,
    personIds: values.personIds,
    associatedPremisesIds: values.associatedPremisesIds,
    reason: values.reason.trim(),
    reviewSchedule: values.reviewSchedule as ReviewSchedule,
    firstReviewOn: calendarDateFromParts(values.firstReviewOn),
    endsOn: calendarDateFromParts(values.endsOn) ?? '',
  };
}

/** The review form as typed. */
export interface ReviewFormValues {
  findings: string;
  outcome: MonitoringReviewOutcome | '';
  reviewedOn: CalendarDateParts;
}

export const EMPTY_REVIEW_FORM: ReviewFormValues = { findings: '', outcome: '', reviewedOn: NO_DATE };

export const REVIEW_FORM_FIELDS: Record<keyof ReviewFormValues, string> = {
  findings: 'review-findings',
  outcome: 'review-outcome',
  reviewedOn: 'review-reviewedOn',
};

export function reviewFormProblems(values: ReviewFormValues, today: string): FieldErrors {
  const reviewedOn = calendarDateFromParts(values.reviewedOn);
  return {
    findings: requiredText(values.findings, 'what the review found', 4000) ?? undefined,
    outcome: oneOf(values.outcome, MONITORING_REVIEW_OUTCOMES, 'whether monitoring goes on') ?? undefined,
    reviewedOn:
      calendarDatePartsProblem(values.reviewedOn, 'The date of the review') ??
      (reviewedOn && reviewedOn > today ? 'The date of the review cannot be in the future' : undefined),
  };
}
