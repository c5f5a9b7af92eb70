import { Module } from '@nestjs/common';
import {
  AssociatedPremisesResolver,
  PersonResolver,
  PremisesBusinessResolver,
  PremisesPersonResolver,
  PremisesResolver,
  PremisesVehicleResolver,
} from './premises.resolver';
import { PremisesService } from './premises.service';

@Module({
  providers: [
    PremisesService,
    PremisesResolver,
    PremisesPersonResolver,
    PremisesVehicleResolver,
    PremisesBusinessResolver,
    AssociatedPremisesResolver,
    PersonResolver,
  ],
  exports: [PremisesService],
})
export class PremisesModule {}
