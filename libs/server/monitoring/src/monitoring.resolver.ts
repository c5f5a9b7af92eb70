import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, RequestContext } from '@lantern/server/core';
import { isReviewOverdue, londonToday, ROLES_COORDINATING, ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { PersonModel, PremisesModel, PremisesService, premisesLoaders } from '@lantern/server/premises';
import { groupLoaders, GroupsService, UserSummaryModel } from '@lantern/server/groups';
import { MonitoringService } from './monitoring.service';
import { monitoringLoaders } from './monitoring.loaders';
import {
  MonitoredSubjectModel,
  MonitoringAlertModel,
  MonitoringModel,
  MonitoringReviewModel,
  ReviewMonitoringInput,
  StartMonitoringInput,
} from './monitoring.types';

/** Monitoring names people and holds the coordinator's judgement: coordinating roles only. */
const COORDINATE = ROLES_COORDINATING;

@Resolver(() => MonitoringModel)
export class MonitoringResolver {
  constructor(
    private readonly service: MonitoringService,
    private readonly premisesService: PremisesService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => MonitoringModel)
  @Allow(...COORDINATE)
  monitoring(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Query(() => [MonitoringModel], {
    description: 'Active monitorings, next review first (at most 200), or ended ones, most recently ended first.',
  })
  @Allow(...COORDINATE)
  monitorings(
    @Args('active', { type: () => Boolean, defaultValue: true }) active: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.list(viewer, active);
  }

  @Query(() => [MonitoringAlertModel], {
    description: 'Alerts for the monitorings the signed-in user coordinates, newest first (at most 100).',
  })
  @Allow(...COORDINATE)
  myMonitoringAlerts(
    @Args('unacknowledgedOnly', { type: () => Boolean, defaultValue: true }) unacknowledgedOnly: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.myAlerts(viewer, unacknowledgedOnly);
  }

  @Mutation(() => MonitoringModel, {
    description:
      'Put a premises, the people chosen from those linked to it and the chosen associated premises under monitoring. ' +
      'The signed-in coordinator receives its alerts.',
  })
  @Allow(...COORDINATE)
  startMonitoring(@Args('input') input: StartMonitoringInput, @CurrentViewer() viewer: Viewer) {
    return this.service.start(viewer, input);
  }

  @Mutation(() => MonitoringModel, { description: 'Record a review: monitoring goes on to the next review, or ends.' })
  @Allow(...COORDINATE)
  reviewMonitoring(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ReviewMonitoringInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.review(viewer, id, version, input);
  }

  @Mutation(() => MonitoringAlertModel)
  @Allow(...COORDINATE)
  acknowledgeMonitoringAlert(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.acknowledgeAlert(viewer, id);
  }

  @ResolveField(() => PremisesModel, { nullable: true, description: 'The premises the work was about.' })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  premises(@Parent() monitoring: MonitoringModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.premisesService).premises.load(monitoring.premisesId);
  }

  @ResolveField(() => Boolean, { description: 'Its next review is before today (London).' })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  reviewOverdue(@Parent() monitoring: MonitoringModel) {
    return isReviewOverdue(monitoring, londonToday());
  }

  @ResolveField(() => UserSummaryModel, { description: 'Who receives its alerts.' })
  @Allow(...COORDINATE)
  coordinator(@Parent() monitoring: MonitoringModel, @Context() context: RequestContext) {
    return groupLoaders(context, this.groupsService).users.load(monitoring.coordinatorUserId);
  }

  @ResolveField(() => [MonitoredSubjectModel], { description: 'Premises first, then people.' })
  @Allow(...COORDINATE)
  subjects(@Parent() monitoring: MonitoringModel, @Context() context: RequestContext) {
    return monitoringLoaders(context, this.service).subjects.load(monitoring.id);
  }

  @ResolveField(() => [MonitoringReviewModel], { description: 'Newest first.' })
  @Allow(...COORDINATE)
  reviews(@Parent() monitoring: MonitoringModel, @Context() context: RequestContext) {
    return monitoringLoaders(context, this.service).reviews.load(monitoring.id);
  }

  @ResolveField(() => [MonitoringAlertModel], { description: 'Newest first.' })
  @Allow(...COORDINATE)
  alerts(@Parent() monitoring: MonitoringModel, @Context() context: RequestContext) {
    return monitoringLoaders(context, this.service).alerts.load(monitoring.id);
  }
}

@Resolver(() => MonitoredSubjectModel)
export class MonitoredSubjectResolver {
  constructor(private readonly premisesService: PremisesService) {}

  @ResolveField(() => PremisesModel, { nullable: true })
  @Allow(...COORDINATE)
  premises(@Parent() subject: MonitoredSubjectModel, @Context() context: RequestContext) {
    return subject.premisesId ? premisesLoaders(context, this.premisesService).premises.load(subject.premisesId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(...COORDINATE)
  person(@Parent() subject: MonitoredSubjectModel, @Context() context: RequestContext) {
    return subject.personId ? premisesLoaders(context, this.premisesService).people.load(subject.personId) : null;
  }
}

@Resolver(() => MonitoringAlertModel)
export class MonitoringAlertResolver {
  constructor(private readonly premisesService: PremisesService) {}

  @ResolveField(() => PremisesModel, { nullable: true, description: 'Where it happened.' })
  @Allow(...COORDINATE)
  premises(@Parent() alert: MonitoringAlertModel, @Context() context: RequestContext) {
    return alert.premisesId ? premisesLoaders(context, this.premisesService).premises.load(alert.premisesId) : null;
  }
}

@Resolver(() => PremisesModel)
export class PremisesMonitoringResolver {
  constructor(private readonly service: MonitoringService) {}

  @ResolveField(() => MonitoringModel, {
    nullable: true,
    description: 'The active monitoring covering the premises (as the premises the work was about, or associated).',
  })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  async monitoring(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    const rows = await monitoringLoaders(context, this.service).ofPremises.load(premises.id);
    return rows.find((row) => row.monitoring.premisesId === premises.id)?.monitoring ?? rows[0]?.monitoring ?? null;
  }
}
