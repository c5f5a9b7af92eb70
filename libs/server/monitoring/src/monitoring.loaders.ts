import { groupByKeys, RequestContext } from '@lantern/server/core';
import type { MonitoringService } from './monitoring.service';

/** The per-request batch loaders of the monitoring context: one SQL statement per kind per page. */
export function monitoringLoaders(context: RequestContext, service: MonitoringService) {
  const { loaders } = context;
  return {
    subjects: loaders.get('monitoredSubjects', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.subjectsOf(ids), (subject) => subject.monitoringId),
    ),
    reviews: loaders.get('monitoringReviews', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.reviewsOf(ids), (review) => review.monitoringId),
    ),
    alerts: loaders.get('monitoringAlerts', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.alertsOf(ids), (alert) => alert.monitoringId),
    ),
    ofPremises: loaders.get('activeMonitoringOfPremises', async (ids: readonly string[]) =>
      groupByKeys(ids, await service.activeForPremises(ids), (row) => row.premisesId),
    ),
  };
}
