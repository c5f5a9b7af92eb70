import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lantern/server/core';
import { REMINDER_KINDS, ReminderKind } from '@lantern/shared/domain';

export const ReminderKindEnum = graphqlEnum(REMINDER_KINDS, 'ReminderKind', 'What a reminder is about.');

@ObjectType('Notification', { description: 'A reminder as it reached you: your in-app inbox.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReminderKindEnum)
  kind: ReminderKind;

  @Field()
  title: string;

  @Field({ description: 'Where in the app it leads, e.g. /tasks.' })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}
