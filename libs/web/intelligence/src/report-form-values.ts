import {
  calendarDateFromParts,
  calendarDateParts,
  calendarDatePartsProblem,
  hasThirdPartySource,
  isBlankCalendarDate,
  requiredText,
  type CalendarDateParts,
  type HandlingCode,
  type SourceType,
  type ThirdPartyEngagement,
} from '@lantern/shared/domain';
import type { FieldErrors } from '@lantern/web/ui';
import type { SubmitReportInput } from '@lantern/web/graphql';

/** The information report form as the user types it: strings as typed, dates as day, month and year. */
export interface ReportFormValues {
  awareOn: CalendarDateParts;
  awareTime: string;
  incidentOn: CalendarDateParts;
  incidentTime: string;
  referrerJobTitle: string;
  referrerContact: string;
  sourceType: SourceType | '';
  sourceName: string;
  sourceContact: string;
  howCameToLight: string;
  whoElseKnows: string;
  thirdPartyWillEngage: ThirdPartyEngagement | '';
  sourceReliability: string;
  informationAccuracy: string;
  handlingCode: HandlingCode | '';
  handlingConditions: string;
  details: string;
  placeDescription: string;
  premises: { id: string; name: string }[];
  personName: string;
  personNicknames: string;
  vehicleRegistration: string;
}

/** Field name → id of its input, in the order the form shows them (for the error summary). */
export const REPORT_FORM_FIELDS: Record<string, string> = {
  becameAwareAt: 'awareOn',
  incidentAt: 'incidentOn',
  referrerJobTitle: 'referrerJobTitle',
  referrerContact: 'referrerContact',
  sourceType: 'sourceType',
  sourceName: 'sourceName',
  sourceContact: 'sourceContact',
  thirdPartyWillEngage: 'thirdPartyWillEngage',
  sourceReliability: 'sourceReliability',
  informationAccuracy: 'informationAccuracy',
  handlingCode: 'handlingCode',
  handlingConditions: 'handlingConditions',
  howCameToLight: 'howCameToLight',
  whoElseKnows: 'whoElseKnows',
  details: 'details',
  premisesIds: 'premisesSearch',
  placeDescription: 'placeDescription',
  'people.0.fullName': 'personName',
  'vehicles.0.registration': 'vehicleRegistration',
};

export function emptyReportForm(today: string, now: string, jobTitle = ''): ReportFormValues {
  return {
    awareOn: calendarDateParts(today),
    awareTime: now,
    incidentOn: { day: '', month: '', year: '' },
    incidentTime: '',
    referrerJobTitle: jobTitle,
    referrerContact: '',
    sourceType: '',
    sourceName: '',
    sourceContact: '',
    howCameToLight: '',
    whoElseKnows: '',
    thirdPartyWillEngage: '',
    sourceReliability: '',
    informationAccuracy: '',
    handlingCode: '',
    handlingConditions: '',
    details: '',
    placeDescription: '',
    premises: [],
    personName: '',
    personNicknames: '',
    vehicleRegistration: '',
  };
}

/** "21:30" for what a user typed as 21:30, 2130, 21.30 or 9:30; null if it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const match = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(value.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null;
}

function londonDateTime(date: CalendarDateParts, time: string): string | null {
  const day = calendarDateFromParts(date);
  const at = time.trim() ? normaliseTime(time) : '12:00';
  return day && at ? `${day}T${at}` : null;
}

/** What the browser can tell before sending: the server checks everything again, grades included. */
export function reportFormProblems(values: ReportFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: string, problem: string | null) => {
    if (problem) errors[field] = problem;
  };
  set('becameAwareAt', calendarDatePartsProblem(values.awareOn, 'The date you became aware', true));
  if (!errors['becameAwareAt'] && values.awareTime.trim() && !normaliseTime(values.awareTime))
    set('becameAwareAt', 'The time you became aware must be a time of day in 24-hour format, like 21:30');
  if (!isBlankCalendarDate(values.incidentOn))
    set('incidentAt', calendarDatePartsProblem(values.incidentOn, 'The date of the incident'));
  if (!errors['incidentAt'] && values.incidentTime.trim() && !normaliseTime(values.incidentTime))
    set('incidentAt', 'The time of the incident must be a time of day in 24-hour format, like 20:45');
  set('referrerJobTitle', requiredText(values.referrerJobTitle, 'your job title', 200));
  set('referrerContact', requiredText(values.referrerContact, 'your contact details', 300));
  if (!values.sourceType) set('sourceType', 'Select where the information is from');
  if (hasThirdPartySource(values.sourceType || null)) {
    if (!values.sourceReliability) set('sourceReliability', 'Select how reliable the source is on the scale of 1 to 5');
    if (!values.thirdPartyWillEngage)
      set('thirdPartyWillEngage', 'Select whether they would be willing to engage with the police');
  }
  if (!values.informationAccuracy)
    set('informationAccuracy', 'Select how accurate the information is on the scale of 1 to 5');
  if (!values.handlingCode) set('handlingCode', 'Select a handling code');
  if (values.handlingCode === 'C')
    set('handlingConditions', requiredText(values.handlingConditions, 'the conditions for sharing', 1000));
  set('howCameToLight', requiredText(values.howCameToLight, 'how the information came to light', 2000));
  set('details', requiredText(values.details, 'the details of the information', 8000));
  return errors;
}

/** The input to send; call only when reportFormProblems found nothing. */
export function reportInputFrom(values: ReportFormValues): SubmitReportInput {
  const thirdParty = hasThirdPartySource(values.sourceType || null);
  const nicknames = values.personNicknames
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    becameAwareAt: londonDateTime(values.awareOn, values.awareTime)!,
    incidentAt: isBlankCalendarDate(values.incidentOn) ? null : londonDateTime(values.incidentOn, values.incidentTime),
    referrerJobTitle: values.referrerJobTitle,
    referrerContact: values.referrerContact,
    sourceType: values.sourceType as SourceType,
    sourceName: thirdParty ? values.sourceName || null : null,
    sourceContact: thirdParty ? values.sourceContact || null : null,
    thirdPartyWillEngage: thirdParty ? (values.thirdPartyWillEngage as ThirdPartyEngagement) : null,
    sourceReliability: thirdParty && values.sourceReliability ? Number(values.sourceReliability) : null,
    informationAccuracy: Number(values.informationAccuracy),
    handlingCode: values.handlingCode as HandlingCode,
    handlingConditions: values.handlingCode === 'C' ? values.handlingConditions : null,
    howCameToLight: values.howCameToLight,
    whoElseKnows: values.whoElseKnows || null,
    details: values.details,
    placeDescription: values.placeDescription || null,
    premisesIds: values.premises.map((p) => p.id),
    people: values.personName.trim() || nicknames.length ? [{ fullName: values.personName || null, nicknames }] : [],
    vehicles: values.vehicleRegistration.trim() ? [{ registration: values.vehicleRegistration }] : [],
    businesses: [],
  };
}

const DRAFT_KEY = 'lantern:information-report-draft';

/** An unsent report is kept in this tab until it is sent, so a reload or a dropped signal loses nothing. */
export function readDraft(storage: Storage): ReportFormValues | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    return raw ? { ...emptyReportForm('', ''), ...(JSON.parse(raw) as Partial<ReportFormValues>) } : null;
  } catch {
    return null;
  }
}
export function writeDraft(storage: Storage, values: ReportFormValues): void {
  storage.setItem(DRAFT_KEY, JSON.stringify(values));
}
export function clearDraft(storage: Storage): void {
  storage.removeItem(DRAFT_KEY);
}
