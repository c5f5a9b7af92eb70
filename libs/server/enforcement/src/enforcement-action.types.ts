import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ENFORCEMENT_ACTION_KINDS, ENFORCEMENT_ACTION_STATUSES } from '@lantern/shared/domain';
import type { EnforcementActionKind, EnforcementActionStatus } from '@lantern/shared/domain';

export const EnforcementActionKindEnum = Object.fromEntries(ENFORCEMENT_ACTION_KINDS.map((k) => [k, k])) as Record<
  EnforcementActionKind,
  EnforcementActionKind
>;
registerEnumType(EnforcementActionKindEnum, {
  name: 'EnforcementActionKind',
  description: 'What an agency did at a premises.',
});

export const EnforcementActionStatusEnum = Object.fromEntries(ENFORCEMENT_ACTION_STATUSES.map((s) => [s, s])) as Record<
  EnforcementActionStatus,
  EnforcementActionStatus
>;
registerEnumType(EnforcementActionStatusEnum, {
  name: 'EnforcementActionStatus',
  description:
    'Where an enforcement action stands: served, then complied with, breached, appealed, withdrawn or expired.',
});

@ObjectType('EnforcementAction', {
  description: 'What an agency did at a premises, under which power, and the dates that follow from it.',
})
export class EnforcementActionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) premisesId: string;
  @Field(() => ID, { nullable: true, description: 'The planned visit it was taken at; null outside a visit.' })
  visitPlanId: string | null;
  @Field(() => ID, { description: 'The agency that took the action.' }) agencyId: string;
  @Field(() => ID, { nullable: true }) powerId: string | null;
  @Field(() => ID, { nullable: true, description: 'The person an order is against.' }) personId: string | null;
  @Field(() => EnforcementActionKindEnum) kind: EnforcementActionKind;
  @Field({ description: 'YYYY-MM-DD, a London date.' }) takenOn: string;
  @Field() details: string;
  @Field(() => String, { nullable: true }) complianceDeadline: string | null;
  @Field(() => String, { nullable: true, description: 'When an order ends; null when indefinite.' }) endsOn:
    string | null;
  @Field() indefinite: boolean;
  @Field(() => String, { nullable: true }) courtDate: string | null;
  @Field(() => String, { nullable: true }) reviewOn: string | null;
  @Field(() => EnforcementActionStatusEnum) status: EnforcementActionStatus;
  @Field({ description: 'Recorded by someone outside the acting agency (a coordinator), on its behalf.' })
  recordedOnBehalf: boolean;
  @Field(() => ID, { nullable: true }) recordedByUserId: string | null;
  @Field(() => Int, { description: 'Send back with a status change, so concurrent edits are detected.' })
  version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('EnforcementActionStatusChange', { description: 'One step of an action’s status over time.' })
export class EnforcementActionStatusChangeModel {
  @Field(() => ID) id: string;
  @Field(() => ID) actionId: string;
  @Field(() => EnforcementActionStatusEnum) status: EnforcementActionStatus;
  @Field({ description: 'YYYY-MM-DD, a London date.' }) changedOn: string;
  @Field() note: string;
  @Field() at: Date;
}

@InputType({ description: 'An enforcement action as recorded. Dates are YYYY-MM-DD, London.' })
export class RecordEnforcementActionInput {
  @Field(() => ID) premisesId: string;
  @Field(() => ID, { nullable: true, description: 'The planned visit it was taken at, if any.' })
  visitPlanId?: string | null;
  @Field(() => ID, { description: 'The agency that took it: officers record for their own agency only.' })
  agencyId: string;
  @Field(() => ID, { nullable: true, description: 'Required except for advice, a referral or no action.' })
  powerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person linked to the premises the order is against.' })
  personId?: string | null;
  @Field(() => EnforcementActionKindEnum) kind: EnforcementActionKind;
  @Field(() => String) takenOn: string;
  @Field(() => String) details: string;
  @Field(() => String, { nullable: true }) complianceDeadline?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => Boolean, { nullable: true }) indefinite?: boolean | null;
  @Field(() => String, { nullable: true }) courtDate?: string | null;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
}
