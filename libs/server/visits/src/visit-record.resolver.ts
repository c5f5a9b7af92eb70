import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, RequestContext } from '@lantern/server/core';
import { ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById, OfficerModel } from '@lantern/server/agencies';
import {
  LinkPersonInput,
  PersonModel,
  PremisesModel,
  PremisesService,
  premisesLoaders,
} from '@lantern/server/premises';
import { VisitPlanService } from './visit-plan.service';
import { visitLoaders } from './visit-plan.loaders';
import { VisitPlanModel } from './visit-plan.types';
import { VisitRecordService } from './visit-record.service';
import { visitRecordLoaders } from './visit-record.loaders';
import {
  RecordVisitInput,
  VisitAttendeeModel,
  VisitRecordDetailsInput,
  VisitRecordModel,
  VisitRecordPersonModel,
} from './visit-record.types';

/** Board members never see visit records: they name officers, and the people met are on the premises register. */
const SEE = ROLES_SEEING_PERSONAL_DATA;

@Resolver(() => VisitRecordModel)
export class VisitRecordResolver {
  constructor(
    private readonly service: VisitRecordService,
    private readonly premisesService: PremisesService,
  ) {}

  @Query(() => VisitRecordModel, {
    description: 'A visit record, for whoever may see its visit plan (or, for an unplanned visit, its premises).',
  })
  @Allow(...SEE)
  visitRecord(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Mutation(() => VisitRecordModel, {
    description:
      'Record what happened at a visit. Coordinators record any visit; agency officers a planned visit their agency attends, or an unplanned visit to a premises their agency takes part in.',
  })
  @Allow(...SEE)
  recordVisit(@Args('input') input: RecordVisitInput, @CurrentViewer() viewer: Viewer) {
    return this.service.recordVisit(viewer, input);
  }

  @Mutation(() => VisitRecordModel, { description: 'Change what was recorded, including who attended.' })
  @Allow(...SEE)
  updateVisitRecord(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: VisitRecordDetailsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => VisitRecordModel, {
    description:
      'Add a person met at the visit: an existing person (personId) or a new one (person), linked to the premises in that role unless already.',
  })
  @Allow(...SEE)
  addPersonEncountered(
    @Args('visitRecordId', { type: () => ID }) visitRecordId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: LinkPersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.addPersonMet(viewer, visitRecordId, version, input);
  }

  @Mutation(() => VisitRecordModel, {
    description: 'Take a person off the visit record; their link to the premises stays.',
  })
  @Allow(...SEE)
  removePersonEncountered(
    @Args('visitRecordId', { type: () => ID }) visitRecordId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('visitRecordPersonId', { type: () => ID }) visitRecordPersonId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.removePersonMet(viewer, visitRecordId, version, visitRecordPersonId);
  }

  @ResolveField(() => PremisesModel, {
    nullable: true,
    description: 'Null when the premises has not been shared with the viewer’s agency.',
  })
  @Allow(...SEE)
  premises(@Parent() record: VisitRecordModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.premisesService).premises.load(record.premisesId);
  }

  @ResolveField(() => VisitPlanModel, { nullable: true, description: 'Null for an unplanned visit.' })
  @Allow(...SEE)
  visitPlan(@Parent() record: VisitRecordModel, @Context() context: RequestContext) {
    return record.visitPlanId ? visitRecordLoaders(context, this.service).plan.load(record.visitPlanId) : null;
  }

  @ResolveField(() => [VisitAttendeeModel], {
    description:
      'Planned against actual attendance: the officers named on the plan with whether they came, then those who came unplanned.',
  })
  @Allow(...SEE)
  attendees(@Parent() record: VisitRecordModel, @Context() context: RequestContext) {
    return visitRecordLoaders(context, this.service).attendees.load(record.id);
  }

  @ResolveField(() => [VisitRecordPersonModel], { description: 'The people met at the visit.' })
  @Allow(...SEE)
  peopleEncountered(@Parent() record: VisitRecordModel, @Context() context: RequestContext) {
    return visitRecordLoaders(context, this.service).people.load(record.id);
  }
}

@Resolver(() => VisitAttendeeModel)
export class VisitAttendeeResolver {
  constructor(
    private readonly visits: VisitPlanService,
    private readonly agenciesService: AgenciesService,
  ) {}

  @ResolveField(() => OfficerModel, { nullable: true })
  @Allow(...SEE)
  officer(@Parent() row: VisitAttendeeModel, @Context() context: RequestContext) {
    return visitLoaders(context, this.visits).officer.load(row.officerId);
  }

  @ResolveField(() => AgencyModel)
  @Allow(...SEE)
  agency(@Parent() row: VisitAttendeeModel, @Context() context: RequestContext) {
    return agencyById(context, this.agenciesService).load(row.agencyId);
  }
}

@Resolver(() => VisitRecordPersonModel)
export class VisitRecordPersonResolver {
  constructor(private readonly premisesService: PremisesService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(...SEE)
  person(@Parent() row: VisitRecordPersonModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.premisesService).people.load(row.personId);
  }
}

@Resolver(() => VisitPlanModel)
export class VisitPlanRecordResolver {
  constructor(private readonly service: VisitRecordService) {}

  @ResolveField(() => VisitRecordModel, { nullable: true, description: 'What happened at the visit, once recorded.' })
  @Allow(...SEE)
  record(@Parent() plan: VisitPlanModel, @Context() context: RequestContext) {
    return visitRecordLoaders(context, this.service).byPlan.load(plan.id);
  }
}

@Resolver(() => PremisesModel)
export class PremisesVisitRecordsResolver {
  constructor(private readonly service: VisitRecordService) {}

  @ResolveField(() => [VisitRecordModel], { description: 'The visits recorded at the premises, latest first.' })
  @Allow(...SEE)
  visitRecords(@Parent() premises: PremisesModel, @Context() context: RequestContext) {
    return visitRecordLoaders(context, this.service).byPremises.load(premises.id);
  }
}

export const visitRecordResolvers = [
  VisitRecordResolver,
  VisitAttendeeResolver,
  VisitRecordPersonResolver,
  VisitPlanRecordResolver,
  PremisesVisitRecordsResolver,
];
