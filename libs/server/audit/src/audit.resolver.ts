import { Args, Resolver, Query } from '@nestjs/graphql';
import { Allow } from '@lantern/server/core';
import { AuditSearch } from './audit.service';
import { AuditEventModel, AuditEventPage, AuditSearchArgs } from './audit.types';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly search: AuditSearch) {}

  @Query(() => AuditEventPage, { description: 'Search the audit log (administrators only), newest first.' })
  @Allow('ADMINISTRATOR')
  auditEvents(@Args() args: AuditSearchArgs) {
    return this.search.search(args.filter ?? {}, args);
  }
}
