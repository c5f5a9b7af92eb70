import {
  blankToNull,
  calendarDateFromParts,
  calendarDateParts,
  calendarDatePartsProblem,
  oneOf,
  optionalText,
  requiredText,
  TASK_PRIORITIES,
  type CalendarDateParts,
  type TaskPriority,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';

/** What the task form holds while the user types: strings as typed, the due date as day, month and year boxes. */
export interface TaskFormValues {
  title: string;
  details: string;
  ownerAgencyId: string;
  /** Empty: the task is for anyone in the owning agency. */
  ownerOfficerId: string;
  dueOn: CalendarDateParts;
  priority: TaskPriority | '';
}

export const EMPTY_TASK_FORM: TaskFormValues = {
  title: '',
  details: '',
  ownerAgencyId: '',
  ownerOfficerId: '',
  dueOn: { day: '', month: '', year: '' },
  priority: 'MEDIUM',
};

/** Field name (as TaskInput names it) → the id of its input, in the order they appear on the form. */
export const TASK_FORM_FIELDS: Record<keyof TaskFormValues, string> = {
  title: 'task-title',
  details: 'task-details',
  ownerAgencyId: 'task-ownerAgencyId',
  ownerOfficerId: 'task-ownerOfficerId',
  dueOn: 'task-dueOn',
  priority: 'task-priority',
};

interface SavedTask {
  title: string;
  details: string;
  ownerAgency: { id: string };
  ownerOfficer: { id: string } | null;
  dueOn: string | null;
  priority: TaskPriority;
}

export function taskFormFrom(task: SavedTask): TaskFormValues {
  return {
    title: task.title,
    details: task.details,
    ownerAgencyId: task.ownerAgency.id,
    ownerOfficerId: task.ownerOfficer?.id ?? '',
    dueOn: calendarDateParts(task.dueOn),
    priority: task.priority,
  };
}

/**
 * The checks the server makes (group.rules.ts taskProblems), so most mistakes are caught before sending.
 * `today` is London's date (YYYY-MM-DD); a due date already saved may stay in the past (`savedDueOn`).
 */
export function taskFormProblems(values: TaskFormValues, today: string, savedDueOn: string | null = null): FieldErrors {
  const dueOn = calendarDateFromParts(values.dueOn);
  const dueProblem =
    calendarDatePartsProblem(values.dueOn, 'The due date') ??
    (dueOn && dueOn < today && dueOn !== savedDueOn ? 'The due date must be today or in the future' : null);
  return {
    title: requiredText(values.title, 'what needs doing', 200) ?? undefined,
    details: optionalText(values.details, 'details', 8000) ?? undefined,
    ownerAgencyId: values.ownerAgencyId ? undefined : 'Select the agency that will do the task',
    dueOn: dueProblem ?? undefined,
    priority: oneOf(values.priority, TASK_PRIORITIES, 'the priority') ?? undefined,
  };
}

/** The TaskInput to send; call only once taskFormProblems found nothing. */
export function taskInputFrom(values: TaskFormValues) {
  return {
    title: values.title.trim(),
    details: blankToNull(values.details),
    ownerAgencyId: values.ownerAgencyId,
    ownerOfficerId: values.ownerOfficerId || null,
    dueOn: calendarDateFromParts(values.dueOn),
    priority: values.priority as TaskPriority,
  };
}

/** A member agency of the group, with its officers, as the owner choices need it. */
export interface OwnerAgency {
  agency: { id: string; name: string; officers: { id: string; name: string; active: boolean }[] };
}

/**
 * The officers who can be given a task of the chosen agency: its active officers, by name. An officer
 * already named on the task who has since left stays listed (marked), so the form shows what is saved.
 */
export function officerChoices(
  agencies: readonly OwnerAgency[],
  agencyId: string,
  chosenOfficerId: string,
): { value: string; text: string }[] {
  const officers = agencies.find((member) => member.agency.id === agencyId)?.agency.officers ?? [];
  return officers
    .filter((officer) => officer.active || officer.id === chosenOfficerId)
    .map((officer) => ({
      value: officer.id,
      text: officer.active ? officer.name : `${officer.name} (no longer active)`,
    }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB'));
}
