import { isoDateProblem, MEETING_DECISION_KINDS, oneOf, optionalText, requiredText } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';

export function meetingProblems(input: { heldOn: string; attendingAgencyIds?: string[] | null }): FieldError[] {
  return fieldErrors([
    ['heldOn', isoDateProblem(input.heldOn, 'Date of the meeting', true)],
    ['attendingAgencyIds', (input.attendingAgencyIds ?? []).length === 0 ? 'Choose the agencies attending' : null],
  ]);
}

export function minutesProblems(minutes: string): FieldError[] {
  return fieldErrors([['minutes', optionalText(minutes, 'the minutes', 8000)]]);
}

export function decisionProblems(input: {
  kind: string;
  text: string;
  ownerAgencyId?: string | null;
  hasGroup: boolean;
  itemKind: string;
}): FieldError[] {
  return fieldErrors([
    ['kind', oneOf(input.kind, MEETING_DECISION_KINDS, 'what the meeting decided')],
    ['text', requiredText(input.text, 'the decision', 2000)],
    [
      'ownerAgencyId',
      input.kind === 'ACTION' && !input.ownerAgencyId ? 'Choose the agency that owns the action' : null,
    ],
    [
      'group',
      input.kind === 'FORM_GROUP' && input.itemKind !== 'PREMISES'
        ? 'A task and finish group is formed for a premises: decide it on a premises item'
        : input.kind === 'FORM_GROUP' && !input.hasGroup
          ? 'Give the group’s name, objective and lead agency'
          : null,
    ],
  ]);
}

/** Why a premises or person is on the agenda, in words. */
export function agendaReason(reportCount: number, since: string): string {
  return `${reportCount} information report${reportCount === 1 ? '' : 's'} since ${since}`;
}
