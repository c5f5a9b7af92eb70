import { optionalText, RISK_LEVELS, oneOf, type CalendarDateParts, type RiskLevel } from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';
import { dateProblem, londonDateAndTime, timeProblem, visitTimesFrom } from './visit-time';

/** The details of a visit while the user types them: the date in boxes, times as typed, London time. */
export interface VisitDetailsFormValues {
  date: CalendarDateParts;
  startTime: string;
  endTime: string;
  rendezvousPoint: string;
  riskLevel: RiskLevel | '';
  riskAssessment: string;
  briefingNotes: string;
}

export const EMPTY_VISIT_DETAILS: VisitDetailsFormValues = {
  date: { day: '', month: '', year: '' },
  startTime: '',
  endTime: '',
  rendezvousPoint: '',
  riskLevel: '',
  riskAssessment: '',
  briefingNotes: '',
};

/** Field name → the id of its input, in the order they appear on the form. */
export const VISIT_DETAILS_FIELDS: Record<string, string> = {
  date: 'date',
  startTime: 'startTime',
  endTime: 'endTime',
  rendezvousPoint: 'rendezvousPoint',
  riskLevel: 'riskLevel',
  riskAssessment: 'riskAssessment',
  briefingNotes: 'briefingNotes',
};

/** The API names the start and end as instants; on the form they are the date and the times. */
export function visitDetailsFieldErrors(errors: FieldErrors): FieldErrors {
  const { startsAt, endsAt, ...rest } = errors;
  return { ...rest, ...(startsAt ? { date: startsAt } : {}), ...(endsAt ? { endTime: endsAt } : {}) };
}

interface SavedVisitDetails {
  startsAt: string;
  endsAt?: string | null;
  rendezvousPoint: string;
  riskLevel: RiskLevel;
  riskAssessment: string;
  briefingNotes: string;
}

export function visitDetailsFormFrom(plan: SavedVisitDetails): VisitDetailsFormValues {
  const start = londonDateAndTime(plan.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: plan.endsAt ? londonDateAndTime(plan.endsAt).time : '',
    rendezvousPoint: plan.rendezvousPoint,
    riskLevel: plan.riskLevel,
    riskAssessment: plan.riskAssessment,
    briefingNotes: plan.briefingNotes,
  };
}

/** The checks the server makes too, so most mistakes are caught before sending. */
export function visitDetailsFormProblems(values: VisitDetailsFormValues): FieldErrors {
  return {
    date: dateProblem(values.date) ?? undefined,
    startTime: timeProblem(values.startTime, 'Start time', true) ?? undefined,
    endTime: timeProblem(values.endTime, 'End time', false) ?? undefined,
    rendezvousPoint: optionalText(values.rendezvousPoint, 'the rendezvous point', 500) ?? undefined,
    riskLevel: oneOf(values.riskLevel, RISK_LEVELS, 'the risk level') ?? undefined,
    riskAssessment: optionalText(values.riskAssessment, 'the risk assessment', 8000) ?? undefined,
    briefingNotes: optionalText(values.briefingNotes, 'the briefing notes', 8000) ?? undefined,
  };
}

/** The VisitDetailsInput to send; call only once visitDetailsFormProblems found nothing. */
export function visitDetailsInputFrom(values: VisitDetailsFormValues) {
  return {
    ...visitTimesFrom(values.date, values.startTime, values.endTime),
    rendezvousPoint: values.rendezvousPoint.trim(),
    riskLevel: values.riskLevel as RiskLevel,
    riskAssessment: values.riskAssessment.trim(),
    briefingNotes: values.briefingNotes.trim(),
  };
}
