import {
  isoDateProblem,
  MONITORING_REVIEW_OUTCOMES,
  nextReviewOn,
  oneOf,
  requiredText,
  REVIEW_SCHEDULES,
} from '@lantern/shared/domain';
import type { ReviewSchedule } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

/** Monitoring is for a while, not for ever: a review after this long at most decides whether it goes on. */
export const LONGEST_MONITORING_YEARS = 3;

export interface MonitoringFields {
  reason: string;
  reviewSchedule: string;
  firstReviewOn?: string | null;
  endsOn: string;
}

function yearsAfter(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/**
 * What is wrong with a monitoring as a coordinator entered it: a reason, a schedule from the list, an end date
 * after today and within three years, and a first review (one period from today when left blank) between
 * today and the end.
 */
export function monitoringProblems(input: MonitoringFields, today: string): FieldError[] {
  const endProblem = isoDateProblem(input.endsOn, 'The date monitoring ends', true);
  const latestEnd = yearsAfter(today, LONGEST_MONITORING_YEARS);
  const firstReviewProblem = isoDateProblem(input.firstReviewOn, 'The date of the first review');
  const firstReview = input.firstReviewOn?.trim() || null;
  return fieldErrors([
    ['reason', requiredText(input.reason, 'why the premises and people are to be monitored', 4000)],
    ['reviewSchedule', oneOf(input.reviewSchedule, REVIEW_SCHEDULES, 'how often monitoring is reviewed')],
    [
      'endsOn',
      endProblem ??
        (input.endsOn.trim() <= today
          ? 'The date monitoring ends must be in the future'
          : input.endsOn.trim() > latestEnd
            ? `Monitoring can last ${LONGEST_MONITORING_YEARS} years at most: end it on or before ${latestEnd}, and start a new monitoring then if it is still needed`
            : null),
    ],
    [
      'firstReviewOn',
      firstReviewProblem ??
        (firstReview && firstReview < today
          ? 'The first review cannot be in the past'
          : firstReview && !endProblem && firstReview > input.endsOn.trim()
            ? 'The first review must be on or before the date monitoring ends'
            : null),
    ],
  ]);
}

/** The first review: the date the coordinator chose, else one period from today, never after the end. */
export function firstReviewOn(input: MonitoringFields, today: string): string {
  const chosen = input.firstReviewOn?.trim() || nextReviewOn(today, input.reviewSchedule as ReviewSchedule);
  return chosen < input.endsOn ? chosen : input.endsOn;
}

export interface ReviewFields {
  reviewedOn?: string | null;
  findings: string;
  outcome: string;
}

/** A review says what was found and whether monitoring goes on; it happened between the start and today. */
export function reviewProblems(input: ReviewFields, startedOn: string, today: string): FieldError[] {
  const dateProblem = isoDateProblem(input.reviewedOn, 'The date of the review');
  const reviewedOn = input.reviewedOn?.trim() || today;
  return fieldErrors([
    ['findings', requiredText(input.findings, 'what the review found', 4000)],
    ['outcome', oneOf(input.outcome, MONITORING_REVIEW_OUTCOMES, 'whether monitoring goes on')],
    [
      'reviewedOn',
      dateProblem ??
        (reviewedOn > today
          ? 'The date of the review cannot be in the future'
          : reviewedOn < startedOn
            ? 'The date of the review cannot be before monitoring started'
            : null),
    ],
  ]);
}

/** After a review that keeps monitoring on: one period on from the review, but never after the end. */
export function reviewAfter(reviewedOn: string, schedule: ReviewSchedule, endsOn: string): string {
  const next = nextReviewOn(reviewedOn, schedule);
  return next < endsOn ? next : endsOn;
}
