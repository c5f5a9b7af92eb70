import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';
import { Allow, CurrentViewer } from '@lantern/server/core';
import { GroupSearchArgs } from '@lantern/server/groups';
import { ROLES_SEEING_PERSONAL_DATA } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { boardParts } from './group-board.rules';
import { GroupBoardService } from './group-board.service';
import { GroupBoardPage } from './group-board.types';

/** The trees selected under these fields of one type, whatever their aliases (fragments are already merged). */
function selected(trees: ResolveTree[], typeName: string, field: string): ResolveTree[] {
  return trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName[typeName] ?? {}).filter((child) => child.name === field),
  );
}

/** The names of the fields selected on these trees' type. */
function fieldNames(trees: ResolveTree[], typeName: string): Set<string> {
  return new Set(trees.flatMap((tree) => Object.values(tree.fieldsByTypeName[typeName] ?? {}).map((f) => f.name)));
}

@Resolver()
export class GroupBoardResolver {
  constructor(private readonly service: GroupBoardService) {}

  @Query(() => GroupBoardPage, {
    description:
      'The coordinator’s board: task and finish groups, most recently changed first, with their premises, member ' +
      'agencies, visits and the actions taken at them, in one read.',
  })
  @Allow(...ROLES_SEEING_PERSONAL_DATA)
  groupBoard(@Args() args: GroupSearchArgs, @CurrentViewer() viewer: Viewer, @Info() info: GraphQLResolveInfo) {
    const root = parseResolveInfo(info) as ResolveTree;
    const cards = selected([root], 'GroupBoard', 'items');
    const visits = selected(cards, 'BoardGroup', 'visits');
    const parts = boardParts(fieldNames(cards, 'BoardGroup'), fieldNames(visits, 'BoardVisit'));
    return this.service.board(viewer, args.filter ?? {}, args, parts);
  }
}
