export * from './visit-plan.entity';
import { VisitAgency, VisitOfficer, VisitPlan, VisitPower, VisitWarningAcknowledgement } from './visit-plan.entity';
export const visitEntities = [VisitPlan, VisitAgency, VisitOfficer, VisitPower, VisitWarningAcknowledgement];
export * from './briefing';
