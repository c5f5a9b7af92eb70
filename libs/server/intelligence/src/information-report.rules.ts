import {
  GRADES,
  HANDLING_CODES,
  hasThirdPartySource,
  nextReportStatuses,
  oneOf,
  optionalText,
  REPORT_OUTCOMES,
  REPORT_STATUS_LABELS,
  requiredText,
  SOURCE_TYPES,
  THIRD_PARTY_ENGAGEMENTS,
} from '@lantern/shared/domain';
import type { ReportStatus, SourceType } from '@lantern/shared/domain';
import { fieldErrors, FieldError } from '@lantern/server/core';
import { businessProblems, dateOfBirthProblem, vehicleProblems } from '@lantern/server/premises';
import { DateTime } from 'luxon';

/** Reports are written in London time: a date and time without an offset is read as London time. */
export const REPORT_TIME_ZONE = 'Europe/London';
/** Clocks on phones drift: a time up to this far ahead of the server's is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_LINKS = 20;

/** A date and time as ISO 8601 (2026-11-20T21:30, or with an offset); null when it is not a real one. */
export function parseReportTime(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
  const parsed = DateTime.fromISO(text, { zone: REPORT_TIME_ZONE });
  if (!parsed.isValid || parsed.year < 2000) return null;
  return parsed.toJSDate();
}

export interface GradingFields {
  sourceReliability?: number | null;
  informationAccuracy?: number | null;
  handlingCode?: string | null;
  handlingConditions?: string | null;
}

const gradeProblem = (value: number | null | undefined, label: string) =>
  value === null || value === undefined
    ? `Select ${label} on the scale of 1 to 5`
    : !(GRADES as readonly number[]).includes(value)
      ? `${label.charAt(0).toUpperCase()}${label.slice(1)} must be a whole number from 1 to 5`
      : null;

/**
 * The grades of the 3x5x2 model as the Phoenix form asks for them: the source's reliability (only when someone
 * other than the referrer supplied the information), the information's accuracy, and the handling code, with
 * its conditions when it is C.
 */
export function gradingProblems(
  sourceType: SourceType | string | null | undefined,
  input: GradingFields,
): FieldError[] {
  const thirdParty = hasThirdPartySource(sourceType as SourceType);
  const conditions = input.handlingConditions?.trim();
  return fieldErrors([
    [
      'sourceReliability',
      thirdParty
        ? gradeProblem(input.sourceReliability, 'how reliable the source is')
        : input.sourceReliability !== null && input.sourceReliability !== undefined
          ? 'Leave the source’s reliability empty when you witnessed it yourself'
          : null,
    ],
    ['informationAccuracy', gradeProblem(input.informationAccuracy, 'how accurate the information is')],
    ['handlingCode', oneOf(input.handlingCode, HANDLING_CODES, 'a handling code')],
    [
      'handlingConditions',
      input.handlingCode === 'C'
        ? requiredText(conditions, 'the conditions for sharing', 1000)
        : conditions
          ? 'Conditions are only for handling code C: remove them or choose C'
          : null,
    ],
  ]);
}

export interface ReportPersonFields {
  personId?: string | null;
  fullName?: string | null;
  nicknames?: string[] | null;
  dateOfBirth?: string | null;
}

export interface ReportFields extends GradingFields {
  becameAwareAt: string;
  incidentAt?: string | null;
  referrerName?: string | null;
  referrerJobTitle: string;
  referrerContact: string;
  sourceType: string;
  sourceName?: string | null;
  sourceDateOfBirth?: string | null;
  sourceContact?: string | null;
  howCameToLight: string;
  whoElseKnows?: string | null;
  thirdPartyWillEngage?: string | null;
  details: string;
  placeDescription?: string | null;
  premisesIds?: string[] | null;
  people?: ReportPersonFields[] | null;
  vehicles?: { registration: string; make?: string | null; model?: string | null; colour?: string | null }[] | null;
  businesses?: { name: string; companyNumber?: string | null }[] | null;
}

function whenProblems(input: ReportFields, now: Date): [string, string | null][] {
  const aware = parseReportTime(input.becameAwareAt);
  const incident = input.incidentAt?.trim() ? parseReportTime(input.incidentAt) : null;
  const future = (d: Date | null) => !!d && d.getTime() > now.getTime() + CLOCK_SKEW_MS;
  return [
    [
      'becameAwareAt',
      !input.becameAwareAt?.trim()
        ? 'Enter the date and time you became aware of this information'
        : !aware
          ? 'The date and time you became aware must be a real date and time'
          : future(aware)
            ? 'The date and time you became aware must not be in the future'
            : null,
    ],
    [
      'incidentAt',
      !input.incidentAt?.trim()
        ? null
        : !incident
          ? 'The date and time of the incident must be a real date and time'
          : future(incident)
            ? 'The date and time of the incident must not be in the future'
            : aware && incident > aware
              ? 'The incident must be before you became aware of it'
              : null,
    ],
  ];
}

/** Everything wrong with a report as submitted; nothing is saved when there is anything. */
export function reportProblems(input: ReportFields, now: Date, today: string): FieldError[] {
  const thirdParty = hasThirdPartySource(input.sourceType as SourceType);
  const onlyForThirdParty = (value: string | null | undefined, label: string) =>
    !thirdParty && value?.trim() ? `Leave ${label} empty when you witnessed it yourself` : null;
  const people = input.people ?? [];
  const vehicles = input.vehicles ?? [];
  const businesses = input.businesses ?? [];
  const problems = fieldErrors([
    ...whenProblems(input, now),
    ['referrerName', optionalText(input.referrerName, 'your name', 200)],
    ['referrerJobTitle', requiredText(input.referrerJobTitle, 'your job title', 200)],
    ['referrerContact', requiredText(input.referrerContact, 'your contact details', 300)],
    ['sourceType', oneOf(input.sourceType, SOURCE_TYPES, 'where the information is from')],
    [
      'sourceName',
      onlyForThirdParty(input.sourceName, 'the source’s name') ??
        optionalText(input.sourceName, 'the source’s name', 200),
    ],
    [
      'sourceDateOfBirth',
      onlyForThirdParty(input.sourceDateOfBirth, 'the source’s date of birth') ??
        dateOfBirthProblem(input.sourceDateOfBirth?.trim() || null, today),
    ],
    [
      'sourceContact',
      onlyForThirdParty(input.sourceContact, 'the source’s contact details') ??
        optionalText(input.sourceContact, 'the source’s address and contact details', 1000),
    ],
    ['howCameToLight', requiredText(input.howCameToLight, 'how the information came to light', 2000)],
    ['whoElseKnows', optionalText(input.whoElseKnows, 'who else is aware', 2000)],
    [
      'thirdPartyWillEngage',
      thirdParty
        ? oneOf(input.thirdPartyWillEngage, THIRD_PARTY_ENGAGEMENTS, 'whether they would engage with the police')
        : input.thirdPartyWillEngage
          ? 'Leave whether a third party would engage empty when you witnessed it yourself'
          : null,
    ],
    ['details', requiredText(input.details, 'the details of the information', 8000)],
    ['placeDescription', optionalText(input.placeDescription, 'the description of the place', 1000)],
    ['premisesIds', (input.premisesIds ?? []).length > MAX_LINKS ? `Link ${MAX_LINKS} premises or fewer` : null],
    ['people', people.length > MAX_LINKS ? `Name ${MAX_LINKS} people or fewer` : null],
    ['vehicles', vehicles.length > MAX_LINKS ? `Give ${MAX_LINKS} vehicles or fewer` : null],
    ['businesses', businesses.length > MAX_LINKS ? `Give ${MAX_LINKS} businesses or fewer` : null],
  ]);
  problems.push(...gradingProblems(input.sourceType, input));
  people.forEach((person, index) => {
    if (person.personId) return;
    const nicknames = (person.nicknames ?? []).map((n) => n.trim()).filter(Boolean);
    problems.push(
      ...fieldErrors([
        [
          `people.${index}.fullName`,
          !person.fullName?.trim() && nicknames.length === 0
            ? 'Enter a name or a nickname for each person'
            : optionalText(person.fullName, 'the name', 200),
        ],
        [
          `people.${index}.nicknames`,
          nicknames.length > 20 || nicknames.some((n) => n.length > 100)
            ? 'Enter up to 20 nicknames of 100 characters or fewer'
            : null,
        ],
        [`people.${index}.dateOfBirth`, dateOfBirthProblem(person.dateOfBirth?.trim() || null, today)],
      ]),
    );
  });
  vehicles.forEach((vehicle, index) =>
    problems.push(...vehicleProblems(vehicle).map((p) => ({ ...p, field: `vehicles.${index}.${p.field}` }))),
  );
  businesses.forEach((business, index) =>
    problems.push(...businessProblems(business).map((p) => ({ ...p, field: `businesses.${index}.${p.field}` }))),
  );
  return problems;
}

/** A step of triage: only the next ones from where the report stands. */
export function triageStepProblem(from: ReportStatus, to: ReportStatus): string | null {
  if (nextReportStatuses(from).includes(to)) return null;
  if (from === 'RECEIVED') return 'Assess the report before deciding what to do with it';
  if (from === 'ASSESSED') return 'The report has been assessed: decide what to do with it';
  return `The report is already ${REPORT_STATUS_LABELS[from].toLowerCase()}: its outcome cannot change`;
}

export function decisionProblems(input: { outcome: string; reason: string }): FieldError[] {
  return fieldErrors([
    ['outcome', oneOf(input.outcome, REPORT_OUTCOMES, 'what became of the report')],
    ['reason', requiredText(input.reason, 'the reason for the decision', 2000)],
  ]);
}

/**
 * Feedback goes to the referrer, who must not learn restricted details from it: it is refused when it repeats
 * the source's name or contact details.
 */
export function feedbackProblems(
  feedback: string,
  restricted: { sourceName: string | null; sourceContact: string | null },
): FieldError[] {
  const text = feedback.trim().toLowerCase();
  const leaks = [restricted.sourceName, restricted.sourceContact]
    .map((value) => value?.trim().toLowerCase())
    .some((value) => !!value && value.length >= 3 && text.includes(value));
  return fieldErrors([
    [
      'feedback',
      requiredText(feedback, 'the feedback for the referrer', 2000) ??
        (leaks ? 'The feedback must not name the source or give their contact details' : null),
    ],
  ]);
}
