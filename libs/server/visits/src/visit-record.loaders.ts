import { groupByKeys, orderByKeys, RequestContext } from '@lantern/server/core';
import type { VisitRecordService } from './visit-record.service';

/** The per-request batch loaders of visit records: one SQL statement per kind per page. */
export function visitRecordLoaders(context: RequestContext, service: VisitRecordService) {
  const { loaders, viewer } = context;
  return {
    byPlan: loaders.get('visitRecordByPlan', async (planIds: readonly string[]) =>
      orderByKeys(planIds, await service.recordsOfPlans(viewer, planIds), (record) => record.visitPlanId!),
    ),
    byPremises: loaders.get('visitRecordsByPremises', async (premisesIds: readonly string[]) =>
      groupByKeys(premisesIds, await service.recordsOfPremises(viewer, premisesIds), (record) => record.premisesId),
    ),
    plan: loaders.get('visitPlanOfRecord', async (planIds: readonly string[]) =>
      orderByKeys(planIds, await service.plansByIds(viewer, planIds), (plan) => plan.id),
    ),
    attendees: loaders.get('visitAttendeesByRecord', async (recordIds: readonly string[]) =>
      groupByKeys(recordIds, await service.attendeesOf(recordIds), (row) => row.visitRecordId),
    ),
    people: loaders.get('peopleMetByRecord', async (recordIds: readonly string[]) =>
      groupByKeys(recordIds, await service.peopleOf(viewer, recordIds), (row) => row.visitRecordId),
    ),
  };
}
