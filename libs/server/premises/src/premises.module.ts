import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import {
  AssociatedPremisesResolver,
  PersonResolver,
  PremisesAgencyResolver,
  PremisesBusinessResolver,
  PremisesPersonResolver,
  PremisesResolver,
  PremisesVehicleResolver,
} from './premises.resolver';
import { PremisesService } from './premises.service';

@Module({
  imports: [AgenciesModule],
  providers: [
    PremisesService,
    PremisesResolver,
    PremisesPersonResolver,
    PremisesVehicleResolver,
    PremisesAgencyResolver,
    PremisesBusinessResolver,
    AssociatedPremisesResolver,
    PersonResolver,
  ],
  exports: [PremisesService],
})
export class PremisesModule {}
