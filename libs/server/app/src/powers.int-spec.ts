import { startTestApi, TestApi } from './testing';
import { Power, PowersService, readPowersCatalogue } from '@lantern/server/powers';

const FIELDS = `id code name legalBasis category entry holderAgencyTypes premisesKinds conditions minDuration maxDuration noticePeriod minCompliancePeriod requiresWrittenAuthorisation effectiveFrom effectiveTo notes source version`;

describe('the powers catalogue through GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue());
  });
  afterAll(() => api.close());

  it('loads the whole reviewed file, and loading again adds nothing', async () => {
    const count = await api.db.getRepository(Power).count();
    expect(count).toBe(readPowersCatalogue().length);
    expect(await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue())).toBe(0);
  });

  it('filters by holding agency type, category and text', async () => {
    const { client } = await api.signedIn('AGENCY_OFFICER');
    const fire = await client.ok<{ powers: { holderAgencyTypes: string[] }[] }>(
      `{ powers(filter: { agencyType: FIRE_AND_RESCUE }) { holderAgencyTypes } }`,
    );
    expect(fire.powers.length).toBeGreaterThan(0);
    for (const power of fire.powers) expect(power.holderAgencyTypes).toContain('FIRE_AND_RESCUE');
    const orders = await client.ok<{ powers: { name: string; minDuration: string | null }[] }>(
      `{ powers(filter: { search: "sexual risk order", category: CIVIL_ORDER, inForceOn: "2026-11-23" }) { name minDuration } }`,
    );
    expect(orders.powers).toEqual([{ name: 'Sexual Risk Order', minDuration: 'P2Y' }]);
    const before2015 = await client.ok<{ powers: { name: string }[] }>(
      `{ powers(filter: { search: "sexual risk order", inForceOn: "2014-01-01" }) { name } }`,
    );
    expect(before2015.powers.map((p) => p.name)).toEqual([
      'Risk of Sexual Harm Order (replaced by the Sexual Risk Order)',
    ]);
  });

  it('lets an administrator edit a power, refusing bad values and stale versions', async () => {
    const admin = (await api.signedIn('ADMINISTRATOR')).client;
    const { powers } = await admin.ok<{ powers: Record<string, unknown>[] }>(
      `{ powers(filter: { search: "Sexual Harm Prevention Order" }) { ${FIELDS} } }`,
    );
    const { id, version, ...input } = powers[0] as { id: string; version: number } & Record<string, unknown>;
    const UPDATE = `mutation ($id: ID!, $version: Int!, $input: PowerInput!) { updatePower(id: $id, version: $version, input: $input) { notes version } }`;

    const bad = await admin.request(UPDATE, { id, version, input: { ...input, minDuration: 'five years' } });
    expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([
      {
        field: 'minDuration',
        message:
          'Minimum duration must be a period like P2Y (2 years), P3M (3 months), P28D (28 days) or PT48H (48 hours)',
      },
    ]);

    const edited = await admin.ok<{ updatePower: { notes: string; version: number } }>(UPDATE, {
      id,
      version,
      input: { ...input, notes: 'Reviewed by legal services.' },
    });
    expect(edited.updatePower).toEqual({ notes: 'Reviewed by legal services.', version: version + 1 });
    const stale = await admin.request(UPDATE, { id, version, input: { ...input, notes: 'Overwrite' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.db.getRepository(Power).findOneByOrFail({ id })).minDuration).toBe('P5Y');

    const officer = (await api.signedIn('AGENCY_OFFICER')).client;
    expect((await officer.request(UPDATE, { id, version: version + 1, input })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
