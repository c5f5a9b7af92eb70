import { Module } from '@nestjs/common';
import { GroupBoardResolver } from './group-board.resolver';
import { GroupBoardService } from './group-board.service';

@Module({ providers: [GroupBoardService, GroupBoardResolver] })
export class GroupBoardModule {}
