export * from './premises.module';
export * from './premises.service';
export * from './premises.entity';
export * from './linked-records.entity';
export * from './premises.types';
import { Premises } from './premises.entity';
import { Business, Person, PremisesBusiness, PremisesPerson, PremisesVehicle, Vehicle } from './linked-records.entity';
export const premisesEntities = [
  Premises,
  Person,
  Vehicle,
  Business,
  PremisesPerson,
  PremisesVehicle,
  PremisesBusiness,
];
import {
  AssociatedPremisesResolver,
  PersonResolver,
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
  AssociatedPremisesResolver,
  PersonResolver,
];
