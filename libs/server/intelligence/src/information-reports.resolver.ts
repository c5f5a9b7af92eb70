import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import {
  mayReadIntelligence,
  ROLES_READING_INTELLIGENCE,
  ROLES_REPORTING,
  ROLES_SEEING_SOURCES,
  Viewer,
} from '@lantern/shared/domain';
import { AgenciesService, AgencyModel, agencyById } from '@lantern/server/agencies';
import {
  BusinessModel,
  PersonModel,
  premisesLoaders,
  PremisesModel,
  PremisesService,
  VehicleModel,
} from '@lantern/server/premises';
import { InformationReportsService } from './information-reports.service';
import type { InformationReport, ReportSubject } from './information-report.entity';
import {
  AssessReportInput,
  DecideReportInput,
  InformationReportModel,
  LinkReportPersonInput,
  MosaicLinkModel,
  MosaicModel,
  PersonMatchModel,
  ReportReferrerModel,
  ReportsArgs,
  ReportSourceModel,
  ReportSubjectModel,
  ReportTriageModel,
  SubmitReportInput,
} from './information-report.types';

const REPORTING = ROLES_REPORTING;

/**
 * What a referrer sees of their report's subjects: what they gave, not what the specialist team linked since (a
 * premises, or the register's person a described person turned out to be).
 */
function asTheReferrerGaveThem(subjects: ReportSubject[], referrerId: string): ReportSubject[] {
  return subjects
    .filter((s) => s.kind !== 'PREMISES' || !s.linkedByUserId || s.linkedByUserId === referrerId)
    .map((s) => (s.linkedByUserId && s.linkedByUserId !== referrerId ? { ...s, personId: null } : s));
}
const READING = ROLES_READING_INTELLIGENCE;
const SOURCES = ROLES_SEEING_SOURCES;

export function reportLoaders(context: RequestContext, service: InformationReportsService) {
  const { loaders, viewer } = context;
  return {
    reports: loaders.get('informationReportById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.reportsByIds(viewer!, ids), (r) => r.id),
    ),
    subjects: loaders.get('reportSubjectsByReport', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.subjectsOf(ids), (s) => s.reportId),
    ),
    sources: loaders.get('reportSourceById', async (ids: readonly string[]) =>
      orderByKeys(ids, await service.sourcesOf(viewer!, ids), (r) => r.id),
    ),
  };
}

@Resolver(() => InformationReportModel)
export class InformationReportsResolver {
  constructor(
    private readonly service: InformationReportsService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => [InformationReportModel], {
    description:
      'Information reports, newest first: every report for the specialist team, coordinators and administrators; your own for anyone else.',
  })
  @Allow(...REPORTING)
  informationReports(@Args() args: ReportsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, { statuses: args.statuses, mine: args.mine });
  }

  @Query(() => InformationReportModel)
  @Allow(...REPORTING)
  informationReport(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Query(() => [InformationReportModel], {
    description: 'Reports whose referrer is owed feedback past its due time, the longest overdue first.',
  })
  @Allow(...READING)
  reportsAwaitingFeedback(@CurrentViewer() viewer: Viewer) {
    return this.service.awaitingFeedback(viewer);
  }

  @Mutation(() => InformationReportModel, { description: 'Submit an information report (any officer of any agency).' })
  @Allow(...REPORTING)
  submitInformationReport(@Args('input') input: SubmitReportInput, @CurrentViewer() viewer: Viewer) {
    return this.service.submit(viewer, input);
  }

  @Mutation(() => InformationReportModel, { description: 'Assess and grade a received report.' })
  @Allow(...SOURCES)
  assessInformationReport(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AssessReportInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.assess(viewer, id, version, input);
  }

  @Mutation(() => InformationReportModel, { description: 'Decide what becomes of an assessed report, and why.' })
  @Allow(...SOURCES)
  decideInformationReport(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: DecideReportInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.decide(viewer, id, version, input);
  }

  @Mutation(() => InformationReportModel, { description: 'Tell the referrer what became of their report.' })
  @Allow(...SOURCES)
  giveReportFeedback(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('feedback') feedback: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.giveFeedback(viewer, id, version, feedback);
  }

  @Mutation(() => ReportSubjectModel, { description: 'Link a report to a premises of the register.' })
  @Allow(...SOURCES)
  linkReportToPremises(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('premisesId', { type: () => ID }) premisesId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.linkPremises(viewer, reportId, premisesId);
  }

  @Mutation(() => ReportSubjectModel, {
    description: 'Link a person a report names to the register (a confirmed match or a new person).',
  })
  @Allow(...SOURCES)
  linkReportPerson(
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('input') input: LinkReportPersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.linkPerson(viewer, subjectId, input);
  }

  @ResolveField(() => Boolean)
  @Allow(...REPORTING)
  submittedByMe(@Parent() report: InformationReport, @CurrentViewer() viewer: Viewer) {
    return report.submittedByUserId === viewer.userId;
  }

  @ResolveField(() => AgencyModel, { description: 'The referring agency.' })
  @Allow(...REPORTING)
  referringAgency(@Parent() report: InformationReport, @Context() context: RequestContext) {
    return agencyById(context, this.agencies).load(report.agencyId);
  }

  @ResolveField(() => ReportSourceModel, { description: 'Who the information is from: intelligence officers only.' })
  @Allow(...SOURCES)
  async source(@Parent() report: InformationReport, @Context() context: RequestContext): Promise<ReportSourceModel> {
    const row = (await reportLoaders(context, this.service).sources.load(report.id))!;
    return {
      type: row.sourceType,
      name: row.sourceName,
      dateOfBirth: row.sourceDateOfBirth,
      contact: row.sourceContact,
    };
  }

  @ResolveField(() => ReportReferrerModel, { description: 'Who submitted it: intelligence officers only.' })
  @Allow(...SOURCES)
  async referrer(
    @Parent() report: InformationReport,
    @Context() context: RequestContext,
  ): Promise<ReportReferrerModel> {
    const row = (await reportLoaders(context, this.service).sources.load(report.id))!;
    return {
      userId: row.submittedByUserId,
      name: row.referrerName,
      jobTitle: row.referrerJobTitle,
      contact: row.referrerContact,
    };
  }

  @ResolveField(() => ReportTriageModel, { description: 'The assessment and decision, with its reason.' })
  @Allow(...READING)
  triage(@Parent() report: InformationReport): ReportTriageModel {
    return {
      assessedAt: report.assessedAt,
      assessmentNote: report.assessmentNote,
      decidedAt: report.decidedAt,
      decisionReason: report.decisionReason,
    };
  }

  @ResolveField(() => [ReportSubjectModel], {
    description: 'The premises, people, vehicles and businesses it is about.',
  })
  @Allow(...REPORTING)
  async subjects(@Parent() report: InformationReport, @Context() context: RequestContext) {
    const subjects = await reportLoaders(context, this.service).subjects.load(report.id);
    return mayReadIntelligence(context.viewer!.role)
      ? subjects
      : asTheReferrerGaveThem(subjects, context.viewer!.userId);
  }
}

@Resolver(() => ReportSubjectModel)
export class ReportSubjectResolver {
  constructor(
    private readonly service: InformationReportsService,
    private readonly register: PremisesService,
  ) {}

  @ResolveField(() => PremisesModel, { nullable: true })
  @Allow(...REPORTING)
  premises(@Parent() subject: ReportSubject, @Context() context: RequestContext) {
    return subject.premisesId ? premisesLoaders(context, this.register).premises.load(subject.premisesId) : null;
  }

  @ResolveField(() => PersonModel, {
    nullable: true,
    description:
      'The person of the register: for readers of intelligence (a referrer sees the person as they described them).',
  })
  @Allow(...READING)
  person(@Parent() subject: ReportSubject, @Context() context: RequestContext) {
    return subject.personId ? premisesLoaders(context, this.register).people.load(subject.personId) : null;
  }

  @ResolveField(() => VehicleModel, { nullable: true })
  @Allow(...REPORTING)
  vehicle(@Parent() subject: ReportSubject, @Context() context: RequestContext) {
    return subject.vehicleId ? premisesLoaders(context, this.register).vehicles.load(subject.vehicleId) : null;
  }

  @ResolveField(() => BusinessModel, { nullable: true })
  @Allow(...REPORTING)
  business(@Parent() subject: ReportSubject, @Context() context: RequestContext) {
    return subject.businessId ? premisesLoaders(context, this.register).businesses.load(subject.businessId) : null;
  }

  @ResolveField(() => [PersonMatchModel], {
    description: 'People of the register who may be the one named, best first: suggestions, never merged silently.',
  })
  @Allow(...SOURCES)
  matches(@Parent() subject: ReportSubject, @CurrentViewer() viewer: Viewer) {
    return this.service.personMatches(viewer, subject);
  }
}

@Resolver(() => PersonMatchModel)
export class PersonMatchResolver {
  constructor(private readonly register: PremisesService) {}

  @ResolveField(() => PersonModel)
  @Allow(...SOURCES)
  person(@Parent() match: PersonMatchModel, @Context() context: RequestContext) {
    return premisesLoaders(context, this.register).people.load(match.personId);
  }
}

@Resolver(() => MosaicModel)
export class MosaicResolver {
  constructor(
    private readonly service: InformationReportsService,
    private readonly register: PremisesService,
  ) {}

  @Query(() => MosaicModel, {
    description: 'Every report about a premises or a person (give one), with what is linked through them.',
  })
  @Allow(...READING)
  mosaic(
    @Args('premisesId', { type: () => ID, nullable: true }) premisesId: string | null,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.mosaic(viewer, { premisesId, personId });
  }

  @ResolveField(() => [InformationReportModel], {
    description: 'The reports, newest first (by when the referrer became aware).',
  })
  @Allow(...READING)
  async reports(@Parent() mosaic: MosaicModel, @Context() context: RequestContext) {
    const loaded = await reportLoaders(context, this.service).reports.loadMany(mosaic.reportIds);
    return loaded.filter((r): r is InformationReport => !!r && !(r instanceof Error));
  }

  @ResolveField(() => [MosaicLinkModel], { description: 'What the reports link to besides it, the most named first.' })
  @Allow(...READING)
  links(@Parent() mosaic: MosaicModel) {
    return mosaic.links;
  }
}

@Resolver(() => MosaicLinkModel)
export class MosaicLinkResolver {
  constructor(private readonly register: PremisesService) {}

  @ResolveField(() => PremisesModel, { nullable: true })
  @Allow(...READING)
  premises(@Parent() link: MosaicLinkModel, @Context() context: RequestContext) {
    return link.kind === 'PREMISES' ? premisesLoaders(context, this.register).premises.load(link.id) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(...READING)
  person(@Parent() link: MosaicLinkModel, @Context() context: RequestContext) {
    return link.kind === 'PERSON' ? premisesLoaders(context, this.register).people.load(link.id) : null;
  }

  @ResolveField(() => VehicleModel, { nullable: true })
  @Allow(...READING)
  vehicle(@Parent() link: MosaicLinkModel, @Context() context: RequestContext) {
    return link.kind === 'VEHICLE' ? premisesLoaders(context, this.register).vehicles.load(link.id) : null;
  }

  @ResolveField(() => BusinessModel, { nullable: true })
  @Allow(...READING)
  business(@Parent() link: MosaicLinkModel, @Context() context: RequestContext) {
    return link.kind === 'BUSINESS' ? premisesLoaders(context, this.register).businesses.load(link.id) : null;
  }
}
