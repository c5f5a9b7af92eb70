import { Injectable, OnModuleInit } from '@nestjs/common';
import { PERSON_ROLE_LABELS, type PersonRole } from '@lantern/shared/domain';
import { PremisesService } from '@lantern/server/premises';
import { raiseMonitoringAlerts } from './monitoring-alerts';

/**
 * A person linked to a premises from the premises page alerts the coordinator when either is under monitoring: a
 * monitored owner turning up at another address, or a new manager at a monitored premises.
 */
@Injectable()
export class PremisesLinkAlerts implements OnModuleInit {
  constructor(private readonly premises: PremisesService) {}

  onModuleInit(): void {
    this.premises.onPersonLinked(async (manager, link) => {
      const [names]: { premises: string; person: string }[] = await manager.query(
        `SELECT p.name AS premises, pe.full_name AS person
           FROM premises p, person pe WHERE p.id = $1 AND pe.id = $2`,
        [link.premisesId, link.personId],
      );
      await raiseMonitoringAlerts(manager, {
        source: 'PREMISES_LINK',
        sourceId: link.id,
        premisesIds: [link.premisesId],
        personIds: [link.personId],
        summary: `${names.person} linked to ${names.premises} as ${PERSON_ROLE_LABELS[link.role as PersonRole].toLowerCase()}`,
      });
    });
  }
}
