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
  @Field() password: string;
}
