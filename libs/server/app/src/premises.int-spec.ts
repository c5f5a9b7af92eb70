import { startTestApi, TestApi, GraphqlClient } from './testing';
import { Premises } from '@lantern/server/premises';

const CREATE = `mutation ($input: PremisesInput!) { createPremises(input: $input) { id name postcode status version } }`;
const SEARCH = `query ($filter: PremisesFilter, $page: Int, $pageSize: Int) {
  searchPremises(filter: $filter, page: $page, pageSize: $pageSize) { total page pageSize items { name postcode status } }
}`;

function premises(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    addressLine1: `1 ${name} Street`,
    town: 'Northbridge',
    postcode: 'nb1 2ab',
    kind: 'TAKEAWAY',
    use: 'TRADE',
    ...overrides,
  };
}

describe('premises of concern through GraphQL', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  beforeAll(async () => {
    api = await startTestApi();
    coordinator = (await api.signedIn('COORDINATOR')).client;
  });
  afterAll(() => api.close());

  it('creates a premises with a normalised postcode and the default status', async () => {
    const { createPremises } = await coordinator.ok<{
      createPremises: { postcode: string; status: string; version: number };
    }>(CREATE, {
      input: premises('Kestrel Parade Takeaway', { uprn: '100012345678' }),
    });
    expect(createPremises).toMatchObject({ postcode: 'NB1 2AB', status: 'OF_CONCERN', version: 1 });
  });

  it('refuses an invalid postcode and UPRN with field errors, saving nothing', async () => {
    const before = await api.db.getRepository(Premises).count();
    const result = await coordinator.request(CREATE, {
      input: premises('Bad Postcode Cafe', { postcode: 'NB1', uprn: '12ab' }),
    });
    expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'postcode', message: 'Enter a real UK postcode, like AB1 2CD' },
      { field: 'uprn', message: 'UPRN must be a number of up to 12 digits' },
    ]);
    expect(await api.db.getRepository(Premises).count()).toBe(before);
  });

  it('searches by name, postcode and status, in pages', async () => {
    for (let i = 1; i <= 25; i += 1) {
      await coordinator.ok(CREATE, {
        input: premises(`Search Shop ${String(i).padStart(2, '0')}`, {
          postcode: i % 2 ? 'NB7 1AA' : 'NB8 1AA',
          status: i <= 5 ? 'CLOSED' : 'OF_CONCERN',
        }),
      });
    }
    const page2 = await coordinator.ok<{ searchPremises: { total: number; items: { name: string }[] } }>(SEARCH, {
      filter: { text: 'search shop' },
      page: 2,
      pageSize: 10,
    });
    expect(page2.searchPremises.total).toBe(25);
    expect(page2.searchPremises.items.map((p) => p.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Search Shop ${String(i + 11).padStart(2, '0')}`),
    );

    const byPostcode = await coordinator.ok<{ searchPremises: { total: number } }>(SEARCH, {
      filter: { text: 'Search Shop', postcode: 'nb7' },
    });
    expect(byPostcode.searchPremises.total).toBe(13);
    const closed = await coordinator.ok<{ searchPremises: { total: number } }>(SEARCH, {
      filter: { text: 'Search Shop', status: 'CLOSED' },
    });
    expect(closed.searchPremises.total).toBe(5);
    const literal = await coordinator.ok<{ searchPremises: { total: number } }>(SEARCH, { filter: { text: '%' } });
    expect(literal.searchPremises.total).toBe(0);
  });

  it('refuses page sizes over 100', async () => {
    const result = await coordinator.request(SEARCH, { pageSize: 500 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Page size must be from 1 to 100.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('links people, vehicles and businesses, and finds premises associated through shared people', async () => {
    const club = (
      await coordinator.ok<{ createPremises: { id: string } }>(CREATE, {
        input: premises('Foundry Walk Social Club', { kind: 'PLACE_OF_ASSEMBLY' }),
      })
    ).createPremises;
    const flat = (
      await coordinator.ok<{ createPremises: { id: string } }>(CREATE, {
        input: premises('Millbrook House', { kind: 'HMO', use: 'DWELLING' }),
      })
    ).createPremises;
    const link = await coordinator.ok<{ linkPersonToPremises: { personId: string } }>(
      `mutation ($premisesId: ID!, $input: LinkPersonInput!) { linkPersonToPremises(premisesId: $premisesId, input: $input) { personId } }`,
      {
        premisesId: club.id,
        input: {
          role: 'MANAGER',
          person: { fullName: 'Victor Hallam-Sykes', nicknames: ['Vic'], dateOfBirth: '1979-03-14' },
        },
      },
    );
    await coordinator.ok(
      `mutation ($premisesId: ID!, $input: LinkPersonInput!) { linkPersonToPremises(premisesId: $premisesId, input: $input) { id } }`,
      {
        premisesId: flat.id,
        input: { role: 'LANDLORD', personId: link.linkPersonToPremises.personId },
      },
    );
    await coordinator.ok(
      `mutation ($id: ID!) { linkVehicleToPremises(premisesId: $id, input: { registration: "nb65 xrv", colour: "Grey" }) { id } }`,
      { id: club.id },
    );
    await coordinator.ok(
      `mutation ($id: ID!) { linkBusinessToPremises(premisesId: $id, input: { name: "Foundry Leisure Ltd", relationship: "Operator" }) { id } }`,
      { id: club.id },
    );

    const { premises: detail } = await coordinator.ok<{ premises: Record<string, unknown> }>(
      `query ($id: ID!) { premises(id: $id) {
        people { role person { fullName nicknames dateOfBirth } }
        vehicles { vehicle { registration colour } }
        businesses { relationship business { name } }
        associatedPremises { premises { name } through { fullName } }
      } }`,
      { id: club.id },
    );
    expect(detail).toEqual({
      people: [
        { role: 'MANAGER', person: { fullName: 'Victor Hallam-Sykes', nicknames: ['Vic'], dateOfBirth: '1979-03-14' } },
      ],
      vehicles: [{ vehicle: { registration: 'NB65XRV', colour: 'Grey' } }],
      businesses: [{ relationship: 'Operator', business: { name: 'Foundry Leisure Ltd' } }],
      associatedPremises: [{ premises: { name: 'Millbrook House' }, through: [{ fullName: 'Victor Hallam-Sykes' }] }],
    });

    const findPeople = await coordinator.ok<{ findPeople: { fullName: string }[] }>(
      `{ findPeople(text: "vic") { fullName } }`,
    );
    expect(findPeople.findPeople).toEqual([{ fullName: 'Victor Hallam-Sykes' }]);
  });

  it('refuses a person with an impossible date of birth, linking nothing', async () => {
    const club = (
      await coordinator.ok<{ createPremises: { id: string } }>(CREATE, { input: premises('Date Check Cafe') })
    ).createPremises;
    const result = await coordinator.request(
      `mutation ($premisesId: ID!, $input: LinkPersonInput!) { linkPersonToPremises(premisesId: $premisesId, input: $input) { id } }`,
      { premisesId: club.id, input: { role: 'OWNER', person: { fullName: 'Test Person', dateOfBirth: '1980-02-30' } } },
    );
    expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'person.dateOfBirth', message: 'Date of birth must be a real date' },
    ]);
    const { premises: detail } = await coordinator.ok<{ premises: { people: unknown[] } }>(
      `query ($id: ID!) { premises(id: $id) { people { id } } }`,
      { id: club.id },
    );
    expect(detail.people).toEqual([]);
  });

  it('detects a concurrent edit of a premises', async () => {
    const created = (
      await coordinator.ok<{ createPremises: { id: string; version: number } }>(CREATE, {
        input: premises('Concurrent Cafe'),
      })
    ).createPremises;
    const UPDATE = `mutation ($id: ID!, $version: Int!, $input: PremisesInput!) { updatePremises(id: $id, version: $version, input: $input) { name version } }`;
    await coordinator.ok(UPDATE, {
      id: created.id,
      version: created.version,
      input: premises('Concurrent Cafe', { status: 'UNDER_OPERATION' }),
    });
    const stale = await coordinator.request(UPDATE, {
      id: created.id,
      version: created.version,
      input: premises('Concurrent Cafe (stale)'),
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed by someone else/);
    expect((await api.db.getRepository(Premises).findOneByOrFail({ id: created.id })).status).toBe('UNDER_OPERATION');
  });

  it('keeps personal data from board members and edits from agency officers', async () => {
    const board = await api.signedIn('BOARD_MEMBER');
    expect((await board.client.request(SEARCH)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const officer = await api.signedIn('AGENCY_OFFICER', { agencyType: 'FIRE_AND_RESCUE' });
    expect(
      (await officer.client.request(CREATE, { input: premises('Officer Cafe') })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('shows agency officers only the premises their agency takes part in, and records sharing as a disclosure', async () => {
    const created = (
      await coordinator.ok<{ createPremises: { id: string } }>(CREATE, { input: premises('Scoped Snooker Hall') })
    ).createPremises;
    await coordinator.ok(
      `mutation ($id: ID!) { linkPersonToPremises(premisesId: $id, input: { role: OWNER, person: { fullName: "Scoped Owner" } }) { id } }`,
      { id: created.id },
    );
    const outsider = await api.signedIn('AGENCY_OFFICER', { agencyType: 'FIRE_AND_RESCUE' });
    const DETAIL = `query ($id: ID!) { premises(id: $id) { name agencies { agency { type } } } }`;

    expect((await outsider.client.request(DETAIL, { id: created.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const hidden = await outsider.client.ok<{ searchPremises: { total: number } }>(SEARCH, {
      filter: { text: 'Scoped Snooker' },
    });
    expect(hidden.searchPremises.total).toBe(0);
    expect(
      (await outsider.client.ok<{ findPeople: unknown[] }>(`{ findPeople(text: "Scoped Owner") { id } }`)).findPeople,
    ).toEqual([]);

    await coordinator.ok(
      `mutation ($p: ID!, $a: ID!) { sharePremisesWithAgency(premisesId: $p, agencyId: $a) { id } }`,
      {
        p: created.id,
        a: outsider.user.agencyId,
      },
    );
    const shared = await outsider.client.ok<{ premises: { name: string; agencies: { agency: { type: string } }[] } }>(
      DETAIL,
      { id: created.id },
    );
    expect(shared.premises.name).toBe('Scoped Snooker Hall');
    expect(shared.premises.agencies.map((a) => a.agency.type)).toEqual(['POLICE', 'FIRE_AND_RESCUE']);
    expect(
      (await outsider.client.ok<{ findPeople: unknown[] }>(`{ findPeople(text: "Scoped Owner") { id } }`)).findPeople,
    ).toHaveLength(1);
    const disclosure = await api.db.query(
      `SELECT recipients FROM audit_event WHERE action = 'DISCLOSURE' AND $1 = ANY(entity_ids)`,
      [created.id],
    );
    expect(disclosure).toEqual([{ recipients: [outsider.user.agencyId] }]);

    await coordinator.ok(
      `mutation ($p: ID!, $a: ID!) { stopSharingPremisesWithAgency(premisesId: $p, agencyId: $a) }`,
      {
        p: created.id,
        a: outsider.user.agencyId,
      },
    );
    expect((await outsider.client.request(DETAIL, { id: created.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
