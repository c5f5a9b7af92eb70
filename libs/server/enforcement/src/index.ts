export * from './enforcement-action.entity';
export * from './enforcement-action.rules';
export * from './enforcement-action.types';
export * from './enforcement-actions.service';
export * from './enforcement.loaders';
export * from './enforcement.module';
import { EnforcementAction, EnforcementActionStatusChange } from './enforcement-action.entity';
export const enforcementEntities = [EnforcementAction, EnforcementActionStatusChange];
import {
  EnforcementActionsResolver,
  PremisesEnforcementResolver,
  VisitEnforcementResolver,
} from './enforcement-actions.resolver';
export const enforcementResolvers = [EnforcementActionsResolver, PremisesEnforcementResolver, VisitEnforcementResolver];
