export * from './premises.module';
export * from './premises.service';
export * from './premises-scope';
export * from './premises.entity';
export * from './linked-records.entity';
export * from './premises-status-change.entity';
export * from './premises.types';
export { dateOfBirthProblem, personProblems, vehicleProblems, businessProblems } from './premises.rules';
import { Premises } from './premises.entity';
import { PremisesStatusChange } from './premises-status-change.entity';
import {
  Business,
  Person,
  PremisesAgency,
  PremisesBusiness,
  PremisesPerson,
  PremisesVehicle,
  Vehicle,
} from './linked-records.entity';
export const premisesEntities = [
  Premises,
  Person,
  Vehicle,
  Business,
  PremisesPerson,
  PremisesVehicle,
  PremisesBusiness,
  PremisesAgency,
  PremisesStatusChange,
];
import {
  AssociatedPremisesResolver,
  PersonResolver,
  PremisesAgencyResolver,
  PremisesBusinessResolver,
  PremisesPersonResolver,
  PremisesResolver,
  PremisesVehicleResolver,
} from './premises.resolver';
export const premisesResolvers = [
  PremisesResolver,
  PremisesPersonResolver,
  PremisesVehicleResolver,
  PremisesBusinessResolver,
  PremisesAgencyResolver,
  AssociatedPremisesResolver,
  PersonResolver,
];
export * from './premises.loaders';
