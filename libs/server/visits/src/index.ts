export * from './visit-plan.entity';
export * from './visit-plan.rules';
export * from './visit-plan.service';
export * from './visit-plan.types';
export * from './visits.module';
import { VisitAgency, VisitOfficer, VisitPlan, VisitPower, VisitWarningAcknowledgement } from './visit-plan.entity';
import { VisitRecord, VisitRecordAttendance, VisitRecordPerson } from './visit-record.entity';
export const visitEntities = [
  VisitPlan,
  VisitAgency,
  VisitOfficer,
  VisitPower,
  VisitWarningAcknowledgement,
  VisitRecord,
  VisitRecordAttendance,
  VisitRecordPerson,
];
export * from './visit-record.entity';
export * from './visit-record.rules';
export * from './visit-record.service';
export * from './visit-record.types';
export * from './briefing';
import {
  VisitAgencyResolver,
  VisitOfficerResolver,
  GroupVisitsResolver,
  VisitPlanOptionsResolver,
  VisitPlanResolver,
  VisitPowerResolver,
} from './visit-plan.resolver';
import { visitRecordResolvers } from './visit-record.resolver';
export const visitResolvers = [
  VisitPlanResolver,
  VisitAgencyResolver,
  VisitOfficerResolver,
  VisitPowerResolver,
  VisitPlanOptionsResolver,
  GroupVisitsResolver,
  ...visitRecordResolvers,
];
