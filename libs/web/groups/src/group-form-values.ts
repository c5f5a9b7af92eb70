import {
  calendarDateFromParts,
  calendarDatePartsProblem,
  GROUP_STAGE_LABELS,
  optionalText,
  REVIEW_SCHEDULES,
  requiredText,
  STAGES_NEEDING_CLOSURE_SUMMARY,
  type CalendarDateParts,
  type GroupStage,
  type ReviewSchedule,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** What the group form holds while the user types. */
export interface GroupFormValues {
  name: string;
  objective: string;
  termsOfReference: string;
  leadAgencyId: string;
  coordinatorUserId: string;
  memberAgencyIds: string[];
  premisesIds: string[];
}

export const GROUP_FORM_FIELDS: Record<keyof GroupFormValues, string> = {
  name: 'name',
  objective: 'objective',
  termsOfReference: 'termsOfReference',
  premisesIds: 'premises-search',
  leadAgencyId: 'leadAgencyId',
  coordinatorUserId: 'coordinatorUserId',
  memberAgencyIds: 'memberAgencyIds',
};

/** The same checks the server makes, so most mistakes are shown before anything is sent. */
export function groupFormProblems(values: GroupFormValues, options: { needsPremises: boolean }): FieldErrors {
  return {
    name: requiredText(values.name, 'a name for the group', 200) ?? undefined,
    objective: requiredText(values.objective, 'the objective: what the group is to achieve', 4000) ?? undefined,
    termsOfReference: optionalText(values.termsOfReference, 'the terms of reference', 20000) ?? undefined,
    premisesIds: options.needsPremises && values.premisesIds.length === 0 ? 'Choose at least one premises' : undefined,
    leadAgencyId: values.leadAgencyId ? undefined : 'Select the lead agency',
    coordinatorUserId: values.coordinatorUserId ? undefined : 'Select the coordinator',
  };
}

/** What the "move the group on" form holds. */
export interface StageFormValues {
  stage: GroupStage | '';
  closureSummary: string;
  reviewSchedule: ReviewSchedule | '';
  monitoringEndsOn: CalendarDateParts;
  note: string;
}

export const STAGE_FORM_FIELDS: Record<keyof StageFormValues, string> = {
  stage: 'stage',
  closureSummary: 'closureSummary',
  reviewSchedule: 'reviewSchedule',
  monitoringEndsOn: 'monitoringEndsOn',
  note: 'note',
};

export function stageNeedsSummary(stage: GroupStage | ''): boolean {
  return stage !== '' && STAGES_NEEDING_CLOSURE_SUMMARY.includes(stage);
}

export function stageFormProblems(values: StageFormValues, existingSummary: string | null): FieldErrors {
  const monitoring = values.stage === 'MONITORING';
  return {
    stage: values.stage ? undefined : 'Select the stage to move to',
    closureSummary:
      stageNeedsSummary(values.stage) && !existingSummary
        ? (requiredText(values.closureSummary, 'a closure summary: what the group achieved', 8000) ?? undefined)
        : (optionalText(values.closureSummary, 'the closure summary', 8000) ?? undefined),
    reviewSchedule:
      monitoring && !REVIEW_SCHEDULES.includes(values.reviewSchedule as ReviewSchedule)
        ? 'Select how often monitoring is reviewed'
        : undefined,
    monitoringEndsOn: monitoring
      ? (calendarDatePartsProblem(values.monitoringEndsOn, 'The date monitoring ends', true) ?? undefined)
      : undefined,
    note: optionalText(values.note, 'the note', 2000) ?? undefined,
  };
}

export function stageInputFrom(values: StageFormValues) {
  const monitoring = values.stage === 'MONITORING';
  return {
    stage: values.stage as GroupStage,
    closureSummary: values.closureSummary.trim() || null,
    reviewSchedule: monitoring ? (values.reviewSchedule as ReviewSchedule) : null,
    monitoringEndsOn: monitoring ? calendarDateFromParts(values.monitoringEndsOn) : null,
    note: values.note.trim() || null,
  };
}

/** "Move to closure" for the button and the radio. */
export function moveLabel(stage: GroupStage): string {
  return `Move to ${GROUP_STAGE_LABELS[stage].toLowerCase()}`;
}
