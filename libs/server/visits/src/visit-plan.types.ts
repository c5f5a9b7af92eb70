import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceResponseEnum, RiskLevelEnum, VisitStatusEnum, VisitWarningCodeEnum } from '@lantern/server/core';
import type { AttendanceResponse, RiskLevel, VisitStatus, VisitWarningCode } from '@lantern/shared/domain';

@ObjectType('VisitPlan', {
  description: 'A joint visit to a premises: when, where officers meet, who attends and which powers each will use.',
})
export class VisitPlanModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The task and finish group the visit belongs to.' }) groupId: string;
  @Field(() => ID) premisesId: string;
  @Field() startsAt: Date;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field() rendezvousPoint: string;
  @Field(() => RiskLevelEnum) riskLevel: RiskLevel;
  @Field({ description: 'The risk assessment for officer safety.' }) riskAssessment: string;
  @Field() briefingNotes: string;
  @Field(() => VisitStatusEnum) status: VisitStatus;
  @Field(() => Int, { description: 'Send back with every change to the plan, so concurrent edits are detected.' })
  version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('VisitAgency', { description: 'An agency attending a visit.' })
export class VisitAgencyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) visitPlanId: string;
  @Field(() => ID) agencyId: string;
  @Field({ description: 'Whether its officers will go inside, rather than observe from outside.' })
  entersPremises: boolean;
}

@ObjectType('VisitOfficer', { description: 'An officer asked to attend a visit, and their answer.' })
export class VisitOfficerModel {
  @Field(() => ID) id: string;
  @Field(() => ID) visitPlanId: string;
  @Field(() => ID) officerId: string;
  @Field(() => ID) agencyId: string;
  @Field(() => AttendanceResponseEnum) response: AttendanceResponse;
  @Field() responseNote: string;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
}

@ObjectType('VisitPower', { description: 'A power an attending agency intends to use at the visit.' })
export class VisitPowerModel {
  @Field(() => ID) id: string;
  @Field(() => ID) visitPlanId: string;
  @Field(() => ID) agencyId: string;
  @Field(() => ID) powerId: string;
  @Field() purpose: string;
}

@ObjectType('VisitWarning', {
  description: 'A law check that found something on the plan; each must be acknowledged before the plan is ready.',
})
export class VisitWarningModel {
  @Field({ description: 'Stable while the plan has the same problem: acknowledge it by this key.' }) key: string;
  @Field(() => VisitWarningCodeEnum) code: VisitWarningCode;
  @Field() message: string;
  @Field(() => ID, { nullable: true }) agencyId: string | null;
  @Field(() => ID, { nullable: true }) powerId: string | null;
  @Field() acknowledged: boolean;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What the coordinator noted when acknowledging it.' }) note:
    string | null;
}

@ObjectType('VisitPlanOptions', {
  description: 'What a new visit plan for a group can use: the group’s premises and its member agencies.',
})
export class VisitPlanOptionsModel {
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => [ID]) premisesIds: string[];
  @Field(() => [ID]) agencyIds: string[];
}

@InputType({ description: 'The details of a visit. Times are ISO 8601; without an offset they are London time.' })
export class VisitDetailsInput {
  @Field({ description: 'e.g. 2026-03-13T22:00 (London time) or 2026-03-13T22:00:00Z.' }) startsAt: string;
  @Field(() => String, { nullable: true }) endsAt?: string | null;
  @Field(() => String, { nullable: true }) rendezvousPoint?: string | null;
  @Field(() => RiskLevelEnum) riskLevel: RiskLevel;
  @Field(() => String, { nullable: true }) riskAssessment?: string | null;
  @Field(() => String, { nullable: true }) briefingNotes?: string | null;
}

@InputType()
export class AttendingAgencyInput {
  @Field(() => ID) agencyId: string;
  @Field({ defaultValue: true }) entersPremises: boolean;
}

@InputType({ description: 'A new visit plan for one of a group’s premises, with the member agencies attending.' })
export class PlanVisitInput extends VisitDetailsInput {
  @Field(() => ID) groupId: string;
  @Field(() => ID) premisesId: string;
  @Field(() => [AttendingAgencyInput], { defaultValue: [] }) agencies: AttendingAgencyInput[];
}
