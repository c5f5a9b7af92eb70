import {
  GROUP_STAGE_LABELS,
  GROUP_STAGES,
  isoDateProblem,
  nextGroupStages,
  oneOf,
  optionalText,
  REVIEW_SCHEDULES,
  requiredText,
  STAGES_NEEDING_CLOSURE_SUMMARY,
  TASK_PRIORITIES,
  TASK_STATUSES,
} from '@lantern/shared/domain';
import type { GroupStage } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

export interface GroupFields {
  name: string;
  objective: string;
  termsOfReference?: string | null;
}

export function groupProblems(input: GroupFields): FieldError[] {
  return fieldErrors([
    ['name', requiredText(input.name, 'a name for the group', 200)],
    ['objective', requiredText(input.objective, 'the objective: what the group is to achieve', 4000)],
    ['termsOfReference', optionalText(input.termsOfReference, 'the terms of reference', 20000)],
  ]);
}

export interface StageChange {
  stage: string;
  closureSummary?: string | null;
  reviewSchedule?: string | null;
  monitoringEndsOn?: string | null;
}

/**
 * Whether a group may move from its stage to another: only the moves the lifecycle allows; a closure
 * summary to enter closure, monitoring or closed; a review schedule and an end date after today to
 * enter monitoring.
 */
export function stageChangeProblems(from: GroupStage, change: StageChange, today: string): FieldError[] {
  const stageProblem = oneOf(change.stage, GROUP_STAGES, 'the stage to move to');
  if (stageProblem) return fieldErrors([['stage', stageProblem]]);
  const to = change.stage as GroupStage;
  if (to === from) return fieldErrors([['stage', `The group is already at ${GROUP_STAGE_LABELS[to].toLowerCase()}`]]);
  if (!nextGroupStages(from).includes(to)) {
    const allowed = nextGroupStages(from).map((stage) => GROUP_STAGE_LABELS[stage].toLowerCase());
    return fieldErrors([
      [
        'stage',
        allowed.length
          ? `A group at ${GROUP_STAGE_LABELS[from].toLowerCase()} can move only to ${allowed.join(' or ')}`
          : `A ${GROUP_STAGE_LABELS[from].toLowerCase()} group cannot move to another stage`,
      ],
    ]);
  }
  const checks: [string, string | null][] = [];
  if (STAGES_NEEDING_CLOSURE_SUMMARY.includes(to)) {
    checks.push([
      'closureSummary',
      requiredText(change.closureSummary, 'a closure summary: what the group achieved', 8000),
    ]);
  }
  if (to === 'MONITORING') {
    checks.push(['reviewSchedule', oneOf(change.reviewSchedule, REVIEW_SCHEDULES, 'how often monitoring is reviewed')]);
    const endProblem = isoDateProblem(change.monitoringEndsOn, 'The date monitoring ends', true);
    checks.push([
      'monitoringEndsOn',
      endProblem ?? (change.monitoringEndsOn! <= today ? 'The date monitoring ends must be in the future' : null),
    ]);
  }
  return fieldErrors(checks);
}

export interface TaskFields {
  title: string;
  details?: string | null;
  dueOn?: string | null;
  priority: string;
}

/** A task's own fields; `today` (London) keeps new due dates from starting in the past. */
export function taskProblems(input: TaskFields, today: string, existingDueOn: string | null = null): FieldError[] {
  const dueProblem = isoDateProblem(input.dueOn, 'The due date');
  return fieldErrors([
    ['title', requiredText(input.title, 'what needs doing', 200)],
    ['details', optionalText(input.details, 'details', 8000)],
    [
      'dueOn',
      dueProblem ??
        (input.dueOn && input.dueOn < today && input.dueOn !== existingDueOn
          ? 'The due date must be today or in the future'
          : null),
    ],
    ['priority', oneOf(input.priority, TASK_PRIORITIES, 'the priority')],
  ]);
}

export function taskStatusProblem(status: string): FieldError[] {
  return fieldErrors([['status', oneOf(status, TASK_STATUSES, 'the status')]]);
}

export function commentProblems(body: string): FieldError[] {
  return fieldErrors([['body', requiredText(body, 'a comment', 4000)]]);
}
