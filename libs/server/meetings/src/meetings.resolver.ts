import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import { ROLES_READING_INTELLIGENCE, ROLES_SEEING_PERSONAL_DATA, Viewer } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById } from '@lantern/server/agencies';
import { groupLoaders, GroupsService, TaskAndFinishGroupModel, UserSummaryModel } from '@lantern/server/groups';
import { PersonModel, premisesLoaders, PremisesModel, PremisesService } from '@lantern/server/premises';
import {
  InformationReport,
  InformationReportModel,
  InformationReportsService,
  reportLoaders,
} from '@lantern/server/intelligence';
import { MeetingsService } from './meetings.service';
import type { IntelligenceMeeting, MeetingDecision, MeetingItem } from './intelligence-meeting.entity';
import {
  AddMeetingItemInput,
  GroupMeetingOriginModel,
  IntelligenceMeetingModel,
  MeetingDecisionInput,
  MeetingDecisionModel,
  MeetingItemModel,
  ScheduleMeetingInput,
} from './meeting.types';

const READING = ROLES_READING_INTELLIGENCE;

function meetingLoaders(context: RequestContext, service: MeetingsService) {
  const { loaders } = context;
  return {
    items: loaders.get('meetingItemsByMeeting', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.itemsOf(ids), (item) => item.meetingId),
    ),
    decisions: loaders.get('meetingDecisionsByItem', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.decisionsOf(ids), (decision) => decision.itemId),
    ),
    origins: loaders.get('meetingOriginByGroup', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.originsOf(ids), (origin) => origin.groupId),
    ),
  };
}

@Resolver(() => IntelligenceMeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => [IntelligenceMeetingModel], { description: 'Weekly intelligence meetings, the latest first.' })
  @Allow(...READING)
  intelligenceMeetings(@CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer);
  }

  @Query(() => IntelligenceMeetingModel)
  @Allow(...READING)
  intelligenceMeeting(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Mutation(() => IntelligenceMeetingModel, {
    description: 'Schedule a meeting; its agenda is drawn from the information reports since the one before.',
  })
  @Allow(...READING)
  scheduleIntelligenceMeeting(@Args('input') input: ScheduleMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.service.schedule(viewer, input);
  }

  @Mutation(() => MeetingItemModel, { description: 'Put a premises or person of concern on the agenda.' })
  @Allow(...READING)
  addMeetingItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: AddMeetingItemInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.addItem(viewer, meetingId, input);
  }

  @Mutation(() => MeetingItemModel)
  @Allow(...READING)
  recordMeetingMinutes(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('minutes') minutes: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.recordMinutes(viewer, itemId, version, minutes);
  }

  @Mutation(() => MeetingDecisionModel, {
    description: 'Record a decision about an item; "form a task and finish group" forms it for the item’s premises.',
  })
  @Allow(...READING)
  recordMeetingDecision(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingDecisionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.decide(viewer, itemId, version, input);
  }

  @ResolveField(() => UserSummaryModel, { nullable: true })
  @Allow(...READING)
  chair(@Parent() meeting: IntelligenceMeeting, @Context() context: RequestContext) {
    return groupLoaders(context, this.groups).users.load(meeting.chairUserId);
  }

  @ResolveField(() => [AgencyModel])
  @Allow(...READING)
  async attendingAgencies(@Parent() meeting: IntelligenceMeeting, @Context() context: RequestContext) {
    const agencies = await agencyById(context, this.agencies).loadMany(meeting.attendingAgencyIds);
    return agencies.filter((agency) => agency && !(agency instanceof Error));
  }

  @ResolveField(() => [MeetingItemModel], { description: 'The agenda, in order.' })
  @Allow(...READING)
  items(@Parent() meeting: IntelligenceMeeting, @Context() context: RequestContext) {
    return meetingLoaders(context, this.service).items.load(meeting.id);
  }
}

@Resolver(() => MeetingItemModel)
export class MeetingItemResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly register: PremisesService,
    private readonly reportsService: InformationReportsService,
  ) {}

  @ResolveField(() => PremisesModel, { nullable: true })
  @Allow(...READING)
  premises(@Parent() item: MeetingItem, @Context() context: RequestContext) {
    return item.premisesId ? premisesLoaders(context, this.register).premises.load(item.premisesId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(...READING)
  person(@Parent() item: MeetingItem, @Context() context: RequestContext) {
    return item.personId ? premisesLoaders(context, this.register).people.load(item.personId) : null;
  }

  @ResolveField(() => [InformationReportModel], { description: 'The reports that put it on the agenda.' })
  @Allow(...READING)
  async reports(@Parent() item: MeetingItem, @Context() context: RequestContext) {
    const loaded = await reportLoaders(context, this.reportsService).reports.loadMany(item.reportIds);
    return loaded.filter((r): r is InformationReport => !!r && !(r instanceof Error));
  }

  @ResolveField(() => [MeetingDecisionModel])
  @Allow(...READING)
  decisions(@Parent() item: MeetingItem, @Context() context: RequestContext) {
    return meetingLoaders(context, this.service).decisions.load(item.id);
  }
}

@Resolver(() => MeetingDecisionModel)
export class MeetingDecisionResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
  ) {}

  @ResolveField(() => TaskAndFinishGroupModel, { nullable: true })
  @Allow(...READING)
  group(@Parent() decision: MeetingDecision, @Context() context: RequestContext) {
    return decision.groupId ? groupLoaders(context, this.groups).groups.load(decision.groupId) : null;
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  @Allow(...READING)
  ownerAgency(@Parent() decision: MeetingDecision, @Context() context: RequestContext) {
    return decision.ownerAgencyId ? agencyById(context, this.agencies).load(decision.ownerAgencyId) : null;
  }
}

/** The link from a group to the meeting decision that formed it. */
@Resolver(() => TaskAndFinishGroupModel)
export class GroupMeetingOriginResolver {
  constructor(private readonly service: MeetingsService) {}

  @ResolveField(() => GroupMeetingOriginModel, {
    nullable: true,
    description: 'The weekly intelligence meeting decision that formed the group, if one did.',
  })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  formedAtMeeting(@Parent() group: TaskAndFinishGroupModel, @Context() context: RequestContext) {
    return meetingLoaders(context, this.service).origins.load(group.id);
  }
}
