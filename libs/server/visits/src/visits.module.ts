import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import {
  VisitAgencyResolver,
  VisitOfficerResolver,
  VisitPlanOptionsResolver,
  VisitPlanResolver,
  VisitPowerResolver,
} from './visit-plan.resolver';
import { VisitPlanService } from './visit-plan.service';

@Module({
  imports: [AgenciesModule, PremisesModule],
  providers: [
    VisitPlanService,
    VisitPlanResolver,
    VisitAgencyResolver,
    VisitOfficerResolver,
    VisitPowerResolver,
    VisitPlanOptionsResolver,
  ],
  exports: [VisitPlanService],
})
export class VisitsModule {}
