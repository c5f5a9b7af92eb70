export * from './monitoring.entity';
export * from './monitoring.rules';
export * from './monitoring-alerts';
export * from './monitoring.types';
export * from './monitoring.service';
export * from './monitoring.module';
import { MonitoredSubject, Monitoring, MonitoringAlert, MonitoringReview } from './monitoring.entity';
export const monitoringEntities = [Monitoring, MonitoredSubject, MonitoringReview, MonitoringAlert];
import {
  MonitoredSubjectResolver,
  MonitoringAlertResolver,
  MonitoringResolver,
  PremisesMonitoringResolver,
} from './monitoring.resolver';
export const monitoringResolvers = [
  MonitoringResolver,
  MonitoredSubjectResolver,
  MonitoringAlertResolver,
  PremisesMonitoringResolver,
];
