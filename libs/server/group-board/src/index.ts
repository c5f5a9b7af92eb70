export * from './group-board.rules';
export * from './group-board.service';
export * from './group-board.types';
export * from './group-board.module';
import { GroupBoardResolver } from './group-board.resolver';
export const groupBoardResolvers = [GroupBoardResolver];
