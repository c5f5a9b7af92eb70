import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import { GroupAgencyResolver, GroupEventResolver, GroupOfficerResolver, GroupsResolver } from './groups.resolver';
import { TaskCommentResolver, TasksResolver } from './tasks.resolver';
import { GroupsService } from './groups.service';
import { TasksService } from './tasks.service';

@Module({
  imports: [AgenciesModule, PremisesModule],
  providers: [
    GroupsService,
    TasksService,
    GroupsResolver,
    GroupAgencyResolver,
    GroupOfficerResolver,
    GroupEventResolver,
    TasksResolver,
    TaskCommentResolver,
  ],
  exports: [GroupsService, TasksService],
})
export class GroupsModule {}
