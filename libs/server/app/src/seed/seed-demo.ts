import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '../schema-parts';
import { AgenciesService, Agency } from '@lantern/server/agencies';
import { PasswordHasher, UserAccount } from '@lantern/server/identity';
import { PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { PremisesService } from '@lantern/server/premises';
import { AuditLog } from '@lantern/server/audit';
import {
  demoAgencies,
  demoBusinesses,
  demoOfficers,
  DEMO_PASSWORD,
  demoPeople,
  demoPremisesAgencies,
  demoPremises,
  demoUsers,
  demoVehicles,
} from './demo-borough';

/**
 * Adds the powers catalogue (always: new catalogue entries, never overwriting administrators' edits)
 * and, on an empty database, the Northbridge demo borough. Goes through the same services and rules as the API.
 */
export async function seedDemoData(
  databaseUrl: string,
  options: { demo: boolean } = { demo: true },
): Promise<{ powersAdded: number; demoAdded: boolean }> {
  const db = new DataSource(dataSourceOptions(databaseUrl, schemaParts));
  await db.initialize();
  try {
    const powersAdded = await new PowersService(db).addMissingFromCatalogue(readPowersCatalogue());
    if (!options.demo || (await db.getRepository(Agency).count()) > 0) return { powersAdded, demoAdded: false };

    const audit = new AuditLog();
    const agencies = new AgenciesService(db, audit);
    const agencyIds = new Map<string, string>();
    for (const { key, ...input } of demoAgencies)
      agencyIds.set(key, (await agencies.create({ ...input, area: 'Northbridge' })).id);
    for (const { agency, ...input } of demoOfficers) {
      await agencies.createOfficer(null, agencyIds.get(agency)!, { ...input, email: null, phone: null, active: true });
    }

    const hasher = new PasswordHasher();
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    for (const { agency, ...user } of demoUsers) {
      await db.getRepository(UserAccount).insert({ ...user, agencyId: agencyIds.get(agency)!, passwordHash });
    }

    const premises = new PremisesService(db, audit);
    const premisesIds = new Map<string, string>();
    for (const { key, ...input } of demoPremises)
      premisesIds.set(key, (await premises.create(null, { ...input, addressLine2: null, uprn: null })).id);
    for (const [key, agencies] of Object.entries(demoPremisesAgencies)) {
      for (const agency of agencies)
        await premises.shareWithAgency(null, premisesIds.get(key)!, agencyIds.get(agency)!);
    }
    for (const { links, key: _key, ...person } of demoPeople) {
      const [first, ...rest] = links;
      const link = await premises.linkPerson(null, premisesIds.get(first.premises)!, { person, role: first.role });
      for (const other of rest)
        await premises.linkPerson(null, premisesIds.get(other.premises)!, {
          personId: link.personId,
          role: other.role,
        });
    }
    for (const { premises: key, ...vehicle } of demoVehicles)
      await premises.linkVehicle(null, premisesIds.get(key)!, vehicle);
    for (const { premises: key, ...business } of demoBusinesses)
      await premises.linkBusiness(null, premisesIds.get(key)!, business);
    return { powersAdded, demoAdded: true };
  } finally {
    await db.destroy();
  }
}
