import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, RequestContext } from '@lantern/server/core';
import { ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import { PremisesModel } from '@lantern/server/premises';
import { PremisesTimelineService, TIMELINE_LIMIT } from './premises-timeline.service';
import { TimelineEntryModel } from './premises-timeline.types';

@Resolver(() => PremisesModel)
export class PremisesTimelineResolver {
  constructor(private readonly service: PremisesTimelineService) {}

  @ResolveField(() => [TimelineEntryModel], {
    description: `Reports, meetings, groups, visits, actions, tasks, status changes and monitoring at the premises, newest first (the latest ${TIMELINE_LIMIT}).`,
  })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  timeline(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return this.service.timeline(context.viewer, premises.id);
  }
}
