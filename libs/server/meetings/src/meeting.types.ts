import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lantern/server/core';
import { MEETING_DECISION_KINDS, MEETING_ITEM_KINDS } from '@lantern/shared/domain';
import type { MeetingDecisionKind, MeetingItemKind } from '@lantern/shared/domain';

export const MeetingItemKindEnum = graphqlEnum(MEETING_ITEM_KINDS, 'MeetingItemKind', 'What an agenda item is about.');
export const MeetingDecisionKindEnum = graphqlEnum(
  MEETING_DECISION_KINDS,
  'MeetingDecisionKind',
  'What the weekly intelligence meeting decided about an item.',
);

@ObjectType('IntelligenceMeeting', { description: 'A weekly intelligence meeting.' })
export class IntelligenceMeetingModel {
  @Field(() => ID) id: string;
  @Field({ description: 'YYYY-MM-DD, a London date' }) heldOn: string;
  @Field(() => ID) chairUserId: string;
  @Field(() => [ID]) attendingAgencyIds: string[];
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
}

@ObjectType('MeetingItem', { description: 'A premises or person of concern on the agenda, and its minutes.' })
export class MeetingItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => MeetingItemKindEnum) kind: MeetingItemKind;
  @Field(() => ID, { nullable: true }) premisesId: string | null;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field() reason: string;
  @Field(() => [ID], { description: 'The reports that put it on the agenda.' }) reportIds: string[];
  @Field() minutes: string;
  @Field(() => Int) position: number;
  @Field(() => Int) version: number;
}

@ObjectType('MeetingDecision', { description: 'What the meeting decided about an item.' })
export class MeetingDecisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => ID) itemId: string;
  @Field(() => MeetingDecisionKindEnum) kind: MeetingDecisionKind;
  @Field() text: string;
  @Field(() => ID, { nullable: true }) ownerAgencyId: string | null;
  @Field(() => ID, { nullable: true, description: 'The task and finish group it formed.' }) groupId: string | null;
  @Field() createdAt: Date;
}

@ObjectType('GroupMeetingOrigin', { description: 'The weekly intelligence meeting decision that formed a group.' })
export class GroupMeetingOriginModel {
  @Field(() => ID) meetingId: string;
  @Field({ description: 'YYYY-MM-DD' }) heldOn: string;
  @Field(() => ID) decisionId: string;
  @Field() decision: string;
  @Field(() => [ID], { description: 'The information reports that put the premises on the agenda.' })
  reportIds: string[];
}

@InputType()
export class ScheduleMeetingInput {
  @Field({ description: 'YYYY-MM-DD' }) heldOn: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) chairUserId?: string | null;
  @Field(() => [ID]) attendingAgencyIds: string[];
}

@InputType({ description: 'Put a premises or a person on the agenda (give one).' })
export class AddMeetingItemInput {
  @Field(() => ID, { nullable: true }) premisesId?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType({ description: 'The task and finish group a decision forms, for the item’s premises.' })
export class MeetingGroupInput {
  @Field() name: string;
  @Field() objective: string;
  @Field(() => String, { nullable: true }) termsOfReference?: string | null;
  @Field(() => ID) leadAgencyId: string;
  @Field(() => [ID], { defaultValue: [] }) memberAgencyIds: string[];
  @Field(() => ID, { nullable: true }) coordinatorUserId?: string | null;
}

@InputType()
export class MeetingDecisionInput {
  @Field(() => MeetingDecisionKindEnum) kind: MeetingDecisionKind;
  @Field() text: string;
  @Field(() => ID, { nullable: true }) ownerAgencyId?: string | null;
  @Field(() => MeetingGroupInput, { nullable: true }) group?: MeetingGroupInput | null;
}
