export * from './visit-plan.entity';
export * from './visit-plan.rules';
export * from './visit-plan.service';
export * from './visit-plan.types';
export * from './visits.module';
import { VisitAgency, VisitOfficer, VisitPlan, VisitPower, VisitWarningAcknowledgement } from './visit-plan.entity';
export const visitEntities = [VisitPlan, VisitAgency, VisitOfficer, VisitPower, VisitWarningAcknowledgement];
export * from './briefing';
import {
  VisitAgencyResolver,
  VisitOfficerResolver,
  GroupVisitsResolver,
  VisitPlanOptionsResolver,
  VisitPlanResolver,
  VisitPowerResolver,
} from './visit-plan.resolver';
export const visitResolvers = [
  VisitPlanResolver,
  VisitAgencyResolver,
  VisitOfficerResolver,
  VisitPowerResolver,
  VisitPlanOptionsResolver,
  GroupVisitsResolver,
];
