import { Module } from '@nestjs/common';
import { PremisesModule } from '@lantern/server/premises';
import { GroupsModule } from '@lantern/server/groups';
import {
  MonitoredSubjectResolver,
  MonitoringAlertResolver,
  MonitoringResolver,
  PremisesMonitoringResolver,
} from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';
import { PremisesLinkAlerts } from './premises-link-alerts';

@Module({
  imports: [PremisesModule, GroupsModule],
  providers: [
    MonitoringService,
    MonitoringResolver,
    MonitoredSubjectResolver,
    MonitoringAlertResolver,
    PremisesMonitoringResolver,
    PremisesLinkAlerts,
  ],
  exports: [MonitoringService],
})
export class MonitoringModule {}
