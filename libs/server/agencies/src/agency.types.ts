import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AgencyTypeEnum } from '@lantern/server/core';
import type { AgencyType } from '@lantern/shared/domain';

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => AgencyTypeEnum) type: AgencyType;
  @Field(() => String, { nullable: true }) area: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Int, { description: 'Send back when editing, so concurrent edits are detected.' }) version: number;
}

@ObjectType('Officer')
export class OfficerModel {
  @Field(() => ID) id: string;
  @Field(() => ID) agencyId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() active: boolean;
  @Field(() => Int) version: number;
}

@InputType()
export class AgencyInput {
  @Field() name: string;
  @Field(() => AgencyTypeEnum) type: AgencyType;
  @Field(() => String, { nullable: true }) area?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class OfficerInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field({ defaultValue: true }) active: boolean;
}
