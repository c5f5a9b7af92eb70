import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lantern/server/core';
import { TIMELINE_ENTRY_KINDS } from '@lantern/shared/domain';
import type { TimelineEntryKind } from '@lantern/shared/domain';

export const TimelineEntryKindEnum = graphqlEnum(
  TIMELINE_ENTRY_KINDS,
  'TimelineEntryKind',
  'What a premises timeline entry records.',
);

@ObjectType('TimelineEntry', { description: 'One thing that happened at a premises.' })
export class TimelineEntryModel {
  @Field(() => ID) id: string;
  @Field(() => TimelineEntryKindEnum) kind: TimelineEntryKind;
  @Field({ description: 'When; for a dated-only entry (allDay), the start of that London day.' }) at: Date;
  @Field() allDay: boolean;
  @Field(() => ID, { description: 'The group, visit, visit record, action, task or monitoring it is about.' })
  subjectId: string;
  @Field() title: string;
  @Field() detail: string;
  @Field(() => String, { nullable: true }) agencyName: string | null;
  @Field(() => String, { nullable: true, description: 'The web page it leads to.' }) path: string | null;
}
