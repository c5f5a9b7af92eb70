import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageArgs, PageOf } from '@lantern/server/core';

@ObjectType('AuditEvent', { description: 'An entry of the audit log (DPA 2018 s.62).' })
export class AuditEventModel {
  @Field(() => ID) sequence: string;
  @Field() occurredAt: Date;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => [String]) entityIds: string[];
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) agencyId: string | null;
  @Field() purpose: string;
  @Field(() => [String]) recipients: string[];
  @Field(() => GraphQLJSONObject) details: Record<string, unknown>;
  @Field() hash: string;
}

export const AuditEventPage = PageOf(AuditEventModel, 'AuditEventPage');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'An id that the entry touched or returned.' }) entityId?:
    string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ArgsType()
export class AuditSearchArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter | null;
}
