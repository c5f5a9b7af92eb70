import { startTestApi, TestApi } from './testing';
import { Agency } from '@lantern/server/agencies';

const CREATE = `mutation ($input: AgencyInput!) { createAgency(input: $input) { id name type version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $version, input: $input) { id name version } }`;

describe('agencies and officers through GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lets an administrator create an agency and add officers, and lists them with their officers', async () => {
    const { client } = await api.signedIn('ADMINISTRATOR');
    const { createAgency } = await client.ok<{ createAgency: { id: string } }>(CREATE, {
      input: { name: 'Northbridge Council – Licensing', type: 'LICENSING', email: 'Licensing@Northbridge.example' },
    });
    await client.ok(
      `mutation ($agencyId: ID!) { createOfficer(agencyId: $agencyId, input: { name: "Nadia Brightwell", jobTitle: "Licensing officer" }) { id } }`,
      {
        agencyId: createAgency.id,
      },
    );
    const { agency } = await client.ok<{
      agency: { email: string; officers: { name: string; agency: { id: string } }[] };
    }>(`query ($id: ID!) { agency(id: $id) { email officers { name agency { id } } } }`, { id: createAgency.id });
    expect(agency.email).toBe('licensing@northbridge.example');
    expect(agency.officers).toEqual([{ name: 'Nadia Brightwell', agency: { id: createAgency.id } }]);
  });

  it('refuses bad input with a message per field and changes nothing', async () => {
    const { client } = await api.signedIn('ADMINISTRATOR');
    const before = await api.db.getRepository(Agency).count();
    const result = await client.request(CREATE, { input: { name: '', type: 'POLICE', email: 'nope' } });
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'name', message: 'Enter the agency name' },
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.gov.uk' },
      ],
    });
    expect(await api.db.getRepository(Agency).count()).toBe(before);
  });

  it('refuses a second agency with the same name against the name field', async () => {
    const { client } = await api.signedIn('ADMINISTRATOR');
    await client.ok(CREATE, { input: { name: 'Duplicate Agency', type: 'POLICE' } });
    const result = await client.request(CREATE, { input: { name: 'Duplicate Agency', type: 'POLICE' } });
    expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'name', message: 'An agency with this name already exists' },
    ]);
  });

  it('detects concurrent edits instead of overwriting them', async () => {
    const { client } = await api.signedIn('ADMINISTRATOR');
    const { createAgency } = await client.ok<{ createAgency: { id: string; version: number } }>(CREATE, {
      input: { name: 'Versioned Agency', type: 'POLICE' },
    });
    const first = await client.ok<{ updateAgency: { version: number } }>(UPDATE, {
      id: createAgency.id,
      version: createAgency.version,
      input: { name: 'Versioned Agency (renamed)', type: 'POLICE' },
    });
    expect(first.updateAgency.version).toBe(createAgency.version + 1);
    const stale = await client.request(UPDATE, {
      id: createAgency.id,
      version: createAgency.version,
      input: { name: 'Lost update', type: 'POLICE' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.db.getRepository(Agency).findOneByOrFail({ id: createAgency.id })).name).toBe(
      'Versioned Agency (renamed)',
    );
  });

  it('lets only administrators change agencies, and keeps officers from board members', async () => {
    const coordinator = await api.signedIn('COORDINATOR');
    expect(
      (await coordinator.client.request(CREATE, { input: { name: 'Nope', type: 'POLICE' } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const board = await api.signedIn('BOARD_MEMBER');
    expect((await board.client.request(`{ agencies { name } }`)).errors).toBeUndefined();
    const officers = await board.client.request(`{ agencies { name officers { name } } }`);
    expect(officers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a malformed id as bad input, without SQL', async () => {
    const { client } = await api.signedIn('COORDINATOR');
    const result = await client.request(`{ agency(id: "not-a-uuid") { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/uuid|syntax|SELECT/i);
  });
});
