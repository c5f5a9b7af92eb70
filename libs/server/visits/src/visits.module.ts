import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import { GroupsModule } from '@lantern/server/groups';
import {
  VisitAgencyResolver,
  VisitOfficerResolver,
  GroupVisitsResolver,
  VisitPlanOptionsResolver,
  VisitPlanResolver,
  VisitPowerResolver,
} from './visit-plan.resolver';
import { VisitPlanService } from './visit-plan.service';
import { visitRecordResolvers } from './visit-record.resolver';
import { VisitRecordService } from './visit-record.service';

@Module({
  imports: [AgenciesModule, PremisesModule, GroupsModule],
  providers: [
    VisitPlanService,
    VisitPlanResolver,
    VisitAgencyResolver,
    VisitOfficerResolver,
    VisitPowerResolver,
    VisitPlanOptionsResolver,
    GroupVisitsResolver,
    VisitRecordService,
    ...visitRecordResolvers,
  ],
  exports: [VisitPlanService, VisitRecordService],
})
export class VisitsModule {}
