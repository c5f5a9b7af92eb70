import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GroupStageEnum, PageOf, PremisesStatusEnum, VisitStatusEnum } from '@lantern/server/core';
import { EnforcementActionKindEnum, EnforcementActionStatusEnum } from '@lantern/server/enforcement';
import { GroupTaskCountsModel, UserSummaryModel } from '@lantern/server/groups';
import type {
  EnforcementActionKind,
  EnforcementActionStatus,
  GroupStage,
  PremisesStatus,
  VisitStatus,
} from '@lantern/shared/domain';

/*
 * The group board's read model: what a card on the coordinator's board shows, read in one statement
 * (GroupBoardService). Plain fields only: nothing here has a field resolver, which is what makes the board cheap.
 * The full records are a click away (Query.group, Query.premises, Query.visitPlan, Query.enforcementAction).
 */

@ObjectType('BoardAgency', { description: 'An agency on the group board, by name.' })
export class BoardAgencyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('BoardPremises', { description: 'A premises a group targets, as the board shows it.' })
export class BoardPremisesModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() postcode: string;
  @Field(() => PremisesStatusEnum) status: PremisesStatus;
}

@ObjectType('BoardAction', { description: 'An enforcement action taken at a visit, as the board shows it.' })
export class BoardActionModel {
  @Field(() => ID) id: string;
  @Field(() => EnforcementActionKindEnum) kind: EnforcementActionKind;
  @Field(() => EnforcementActionStatusEnum) status: EnforcementActionStatus;
  @Field({ description: 'YYYY-MM-DD, a London date.' }) takenOn: string;
  @Field(() => BoardAgencyModel, { description: 'The agency that took the action.' }) agency: BoardAgencyModel;
}

@ObjectType('BoardVisit', { description: 'A joint visit of a group, as the board shows it.' })
export class BoardVisitModel {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field(() => VisitStatusEnum) status: VisitStatus;
  @Field(() => [BoardActionModel], {
    description: 'Actions taken at the visit, newest first: those at premises shared with the viewer’s agency.',
  })
  enforcementActions: BoardActionModel[];
}

@ObjectType('BoardGroup', { description: 'A task and finish group, as a card on the coordinator’s board.' })
export class BoardGroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GroupStageEnum) stage: GroupStage;
  @Field() updatedAt: Date;
  @Field(() => BoardAgencyModel) leadAgency: BoardAgencyModel;
  @Field(() => UserSummaryModel) coordinator: UserSummaryModel;
  @Field(() => [BoardPremisesModel], {
    description: 'The premises the group targets that are shared with the viewer’s agency.',
  })
  premises: BoardPremisesModel[];
  @Field(() => [BoardAgencyModel], { description: 'Member agencies; the lead agency is always one.' })
  agencies: BoardAgencyModel[];
  @Field(() => [BoardVisitModel], { description: 'The group’s joint visits, soonest first.' })
  visits: BoardVisitModel[];
  @Field(() => GroupTaskCountsModel) taskCounts: GroupTaskCountsModel;
}

export const GroupBoardPage = PageOf(BoardGroupModel, 'GroupBoard');
