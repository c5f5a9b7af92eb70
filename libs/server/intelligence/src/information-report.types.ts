import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, PersonRoleEnum } from '@lantern/server/core';
import {
  HANDLING_CODES,
  REPORT_OUTCOMES,
  REPORT_STATUSES,
  SOURCE_TYPES,
  THIRD_PARTY_ENGAGEMENTS,
} from '@lantern/shared/domain';
import type {
  HandlingCode,
  PersonRole,
  ReportOutcome,
  ReportStatus,
  SourceType,
  ThirdPartyEngagement,
} from '@lantern/shared/domain';
import { REPORT_SUBJECT_KINDS, type ReportSubjectKind } from './information-report.entity';
import type { MatchReason } from './person-matching.rules';

export const SourceTypeEnum = graphqlEnum(SOURCE_TYPES, 'SourceType', 'Where the information is from.');
export const HandlingCodeEnum = graphqlEnum(HANDLING_CODES, 'HandlingCode', 'The handling code of the 3x5x2 model.');
export const ThirdPartyEngagementEnum = graphqlEnum(
  THIRD_PARTY_ENGAGEMENTS,
  'ThirdPartyEngagement',
  'Whether a third party would be willing to engage with the police.',
);
export const ReportStatusEnum = graphqlEnum(REPORT_STATUSES, 'ReportStatus', 'Where a report stands in triage.');
export const ReportOutcomeEnum = graphqlEnum(REPORT_OUTCOMES, 'ReportOutcome', 'What became of a report.');
export const ReportSubjectKindEnum = graphqlEnum(REPORT_SUBJECT_KINDS, 'ReportSubjectKind', 'What a report is about.');
export const MatchReasonEnum = graphqlEnum(
  ['SAME_NAME', 'SAME_SURNAME', 'SAME_FORENAME', 'NICKNAME', 'SAME_DATE_OF_BIRTH'] as MatchReason[],
  'MatchReason',
  'Why a person of the register may be the one a report names.',
);

@ObjectType('InformationReport', {
  description:
    'An information report from an officer of any agency. Its source and referrer are for intelligence officers only.',
})
export class InformationReportModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The referring agency.' }) agencyId: string;
  @Field({ description: 'Whether the viewer submitted it.' }) submittedByMe: boolean;
  @Field() becameAwareAt: Date;
  @Field(() => Date, { nullable: true }) incidentAt: Date | null;
  @Field(() => SourceTypeEnum) sourceType: SourceType;
  @Field(() => String) howCameToLight: string;
  @Field() whoElseKnows: string;
  @Field(() => ThirdPartyEngagementEnum, { nullable: true }) thirdPartyWillEngage: ThirdPartyEngagement | null;
  @Field(() => Int, { nullable: true }) sourceReliability: number | null;
  @Field(() => Int) informationAccuracy: number;
  @Field(() => HandlingCodeEnum) handlingCode: HandlingCode;
  @Field(() => String, { nullable: true }) handlingConditions: string | null;
  @Field() details: string;
  @Field() placeDescription: string;
  @Field(() => ReportStatusEnum) status: ReportStatus;
  @Field() receivedAt: Date;
  @Field({ description: 'When feedback to the referrer is due.' }) feedbackDueAt: Date;
  @Field(() => String, { nullable: true, description: 'What the referrer is told became of the report.' })
  feedback: string | null;
  @Field(() => Date, { nullable: true }) feedbackGivenAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType('ReportSource', { description: 'Who the information is from: intelligence officers only.' })
export class ReportSourceModel {
  @Field(() => SourceTypeEnum) type: SourceType;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth: string | null;
  @Field(() => String, { nullable: true, description: 'Addresses and contact details.' }) contact: string | null;
}

@ObjectType('ReportReferrer', {
  description: 'The officer who submitted the report (the source, when they witnessed it): intelligence officers only.',
})
export class ReportReferrerModel {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() jobTitle: string;
  @Field() contact: string;
}

@ObjectType('ReportTriage', { description: 'The specialist team’s assessment and decision, with its reason.' })
export class ReportTriageModel {
  @Field(() => Date, { nullable: true }) assessedAt: Date | null;
  @Field() assessmentNote: string;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field() decisionReason: string;
}

@ObjectType('ReportSubject', { description: 'A premises, person, vehicle or business a report is about.' })
export class ReportSubjectModel {
  @Field(() => ID) id: string;
  @Field(() => ID) reportId: string;
  @Field(() => ReportSubjectKindEnum) kind: ReportSubjectKind;
  @Field(() => ID, { nullable: true }) premisesId: string | null;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field(() => ID, { nullable: true }) vehicleId: string | null;
  @Field(() => ID, { nullable: true }) businessId: string | null;
  @Field(() => String, { nullable: true, description: 'A person as the report names them.' })
  describedName: string | null;
  @Field(() => [String]) describedNicknames: string[];
  @Field(() => String, { nullable: true }) describedDateOfBirth: string | null;
}

@ObjectType('PersonMatch', { description: 'A person of the register who may be the one a report names.' })
export class PersonMatchModel {
  @Field(() => ID) personId: string;
  @Field(() => Int, { description: '0 to 100.' }) score: number;
  @Field(() => [MatchReasonEnum]) reasons: MatchReason[];
}

@ObjectType('Mosaic', { description: 'Every report about a premises or a person, and what is linked through them.' })
export class MosaicModel {
  @Field(() => ID) id: string;
  reportIds: string[];
  links: MosaicLinkModel[];
}

@ObjectType('MosaicLink', { description: 'A premises, person, vehicle or business linked through the reports.' })
export class MosaicLinkModel {
  @Field(() => ReportSubjectKindEnum) kind: ReportSubjectKind;
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'How many of the reports name it.' }) reportCount: number;
  @Field({ description: 'The latest of those reports.' }) lastReportedAt: Date;
}

@InputType()
export class ReportPersonInput {
  @Field(() => ID, { nullable: true, description: 'A person of the register you can see.' }) personId?: string | null;
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => [String], { defaultValue: [] }) nicknames: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth?: string | null;
}

@InputType()
export class ReportVehicleInput {
  @Field() registration: string;
  @Field(() => String, { nullable: true }) make?: string | null;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) colour?: string | null;
}

@InputType()
export class ReportBusinessInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) companyNumber?: string | null;
}

@InputType({ description: 'The Phoenix information report form.' })
export class SubmitReportInput {
  @Field({ description: 'When you became aware: YYYY-MM-DDTHH:MM, London time.' }) becameAwareAt: string;
  @Field(() => String, { nullable: true, description: 'When the incident happened, if different.' })
  incidentAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Defaults to your name as a user.' }) referrerName?:
    string | null;
  @Field() referrerJobTitle: string;
  @Field() referrerContact: string;
  @Field(() => SourceTypeEnum) sourceType: SourceType;
  @Field(() => String, { nullable: true }) sourceName?: string | null;
  @Field(() => String, { nullable: true }) sourceDateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) sourceContact?: string | null;
  @Field() howCameToLight: string;
  @Field(() => String, { nullable: true }) whoElseKnows?: string | null;
  @Field(() => ThirdPartyEngagementEnum, { nullable: true }) thirdPartyWillEngage?: ThirdPartyEngagement | null;
  @Field(() => Int, { nullable: true }) sourceReliability?: number | null;
  @Field(() => Int) informationAccuracy: number;
  @Field(() => HandlingCodeEnum) handlingCode: HandlingCode;
  @Field(() => String, { nullable: true }) handlingConditions?: string | null;
  @Field() details: string;
  @Field(() => String, { nullable: true }) placeDescription?: string | null;
  @Field(() => [ID], { defaultValue: [] }) premisesIds: string[];
  @Field(() => [ReportPersonInput], { defaultValue: [] }) people: ReportPersonInput[];
  @Field(() => [ReportVehicleInput], { defaultValue: [] }) vehicles: ReportVehicleInput[];
  @Field(() => [ReportBusinessInput], { defaultValue: [] }) businesses: ReportBusinessInput[];
}

@InputType()
export class AssessReportInput {
  @Field(() => Int, { nullable: true }) sourceReliability?: number | null;
  @Field(() => Int) informationAccuracy: number;
  @Field(() => HandlingCodeEnum) handlingCode: HandlingCode;
  @Field(() => String, { nullable: true }) handlingConditions?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class DecideReportInput {
  @Field(() => ReportOutcomeEnum) outcome: ReportOutcome;
  @Field() reason: string;
}

@InputType({ description: 'Link a person named in a report to the register: an existing person, or a new one.' })
export class LinkReportPersonInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field({ defaultValue: false, description: 'Record the person as described, as a new person of the register.' })
  asNewPerson: boolean;
  @Field(() => ID, { nullable: true, description: 'Also link the person to this premises of the report.' })
  premisesId?: string | null;
  @Field(() => PersonRoleEnum, { nullable: true }) role?: PersonRole | null;
}

@ArgsType()
export class ReportsArgs {
  @Field(() => [ReportStatusEnum], { nullable: true }) statuses?: ReportStatus[] | null;
  @Field({ defaultValue: false, description: 'Only the reports you submitted.' }) mine: boolean;
}
