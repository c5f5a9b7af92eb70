import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@lantern/server/core';
import type { Role } from '@lantern/shared/domain';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) agencyId: string;
  @Field(() => ID, { nullable: true, description: 'The officer record this user signs in as, if any.' })
  officerId: string | null;
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
  @Field(() => Int) version: number;
}

@InputType()
export class SignInInput {
  @Field() email: string;
  @Field() password: string;
}

@InputType()
export class NewUserInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) agencyId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The officer record of the user, an officer of the same agency: their tasks and visits are theirs.',
  })
  officerId?: string | null;
  @Field() password: string;
}
