import { agencyEntities } from '@lantern/server/agencies';
import { auditEntities, auditSubscribers } from '@lantern/server/audit';
import { identityEntities } from '@lantern/server/identity';
import { powerEntities } from '@lantern/server/powers';
import { premisesEntities } from '@lantern/server/premises';
import { groupEntities } from '@lantern/server/groups';
import { visitEntities } from '@lantern/server/visits';
import { enforcementEntities } from '@lantern/server/enforcement';
import { monitoringEntities } from '@lantern/server/monitoring';
import { intelligenceEntities } from '@lantern/server/intelligence';
import { meetingEntities } from '@lantern/server/meetings';
import { reminderEntities } from '@lantern/server/reminders';
import type { SchemaParts } from '@lantern/server/core';
import { migrations } from './migrations';

/** Every entity, migration and subscriber of the product: the API, the worker and the tools all use this list. */
export const schemaParts: SchemaParts = {
  entities: [
    ...auditEntities,
    ...agencyEntities,
    ...identityEntities,
    ...powerEntities,
    ...premisesEntities,
    ...groupEntities,
    ...visitEntities,
    ...enforcementEntities,
    ...monitoringEntities,
    ...intelligenceEntities,
    ...meetingEntities,
    ...reminderEntities,
  ],
  migrations,
  subscribers: auditSubscribers,
};
