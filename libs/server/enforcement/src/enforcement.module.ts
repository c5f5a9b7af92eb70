import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import {
  EnforcementActionsResolver,
  PremisesEnforcementResolver,
  VisitEnforcementResolver,
} from './enforcement-actions.resolver';
import { EnforcementActionsService } from './enforcement-actions.service';

@Module({
  imports: [AgenciesModule, PremisesModule],
  providers: [
    EnforcementActionsService,
    EnforcementActionsResolver,
    PremisesEnforcementResolver,
    VisitEnforcementResolver,
  ],
  exports: [EnforcementActionsService],
})
export class EnforcementModule {}
