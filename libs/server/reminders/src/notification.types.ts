import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REMINDER_KINDS, ReminderKind } from '@lantern/shared/domain';

export const ReminderKindEnum = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, kind])) as Record<
  ReminderKind,
  ReminderKind
>;
registerEnumType(ReminderKindEnum, { name: 'ReminderKind', description: 'What a reminder is about.' });

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
