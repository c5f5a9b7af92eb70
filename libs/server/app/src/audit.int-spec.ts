import { AuditEvent, AuditLog, verifyAuditChain } from '@lantern/server/audit';
import { Premises } from '@lantern/server/premises';
import { GraphqlClient, startTestApi, TestApi } from './testing';

const CREATE = `mutation ($input: PremisesInput!) { createPremises(input: $input) { id } }`;
const input = (name: string) => ({
  name,
  addressLine1: '1 Audit Street',
  town: 'Northbridge',
  postcode: 'NB1 2AB',
  kind: 'SHOP',
  use: 'TRADE',
});

describe('the audit log (DPA 2018 s.62)', () => {
  let api: TestApi;
  let coordinator: { client: GraphqlClient; user: { id: string; agencyId: string } };
  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.signedIn('COORDINATOR');
  });
  afterAll(() => api.close());

  const eventsFor = (id: string) =>
    api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id })
      .orderBy('e.sequence')
      .getMany();

  it('records collection and consultation with user, agency, purpose and the ids returned', async () => {
    const { createPremises } = await coordinator.client.ok<{ createPremises: { id: string } }>(CREATE, {
      input: input('Audited Shop'),
    });
    await coordinator.client.ok(`query ($id: ID!) { premises(id: $id) { name } }`, { id: createPremises.id });
    const events = await eventsFor(createPremises.id);
    expect(events.map((e) => e.action)).toEqual(['COLLECTION', 'CONSULTATION']);
    expect(events[1]).toMatchObject({
      userId: coordinator.user.id,
      agencyId: coordinator.user.agencyId,
      entityType: 'premises',
      entityIds: [createPremises.id],
      purpose: 'Premises register: view a premises',
    });
  });

  it('records what one request read together: one event per purpose, whatever the number of loaders', async () => {
    const ids: string[] = [];
    for (const name of ['Batch Shop One', 'Batch Shop Two', 'Batch Shop Three'])
      ids.push(
        (await coordinator.client.ok<{ createPremises: { id: string } }>(CREATE, { input: input(name) })).createPremises
          .id,
      );
    const [{ last }] = await api.db.query('SELECT max(sequence) AS last FROM audit_event');
    const aliases = ids.map((id, i) => `p${i}: premises(id: "${id}") { name }`).join(' ');
    await coordinator.client.ok(`{ ${aliases} }`);
    const written = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.sequence > :last', { last })
      .getMany();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ entityType: 'premises', purpose: 'Premises register: view a premises' });
    expect([...written[0].entityIds].sort()).toEqual([...ids].sort());
  });

  it('withholds the data when what was read cannot be recorded', async () => {
    const { createPremises } = await coordinator.client.ok<{ createPremises: { id: string } }>(CREATE, {
      input: input('Unrecordable Shop'),
    });
    await api.db.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`);
    await api.db.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      const result = await coordinator.client.request(`query ($id: ID!) { premises(id: $id) { name } }`, {
        id: createPremises.id,
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('Unrecordable Shop');
    } finally {
      await api.db.query('DROP TRIGGER refuse_audit ON audit_event');
      await api.db.query('DROP FUNCTION refuse_audit()');
    }
  });

  it('records the linking of a person as a combination', async () => {
    const { createPremises } = await coordinator.client.ok<{ createPremises: { id: string } }>(CREATE, {
      input: input('Linked Shop'),
    });
    const { linkPersonToPremises } = await coordinator.client.ok<{ linkPersonToPremises: { personId: string } }>(
      `mutation ($id: ID!) { linkPersonToPremises(premisesId: $id, input: { role: OWNER, person: { fullName: "Test Owner" } }) { personId } }`,
      { id: createPremises.id },
    );
    const events = await eventsFor(linkPersonToPremises.personId);
    expect(events.map((e) => e.action)).toEqual(['COLLECTION', 'COMBINATION']);
  });

  it('cannot be altered or deleted through the database, even by the owner of the table', async () => {
    await expect(api.db.query(`UPDATE audit_event SET purpose = 'covered up'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('fails the business change when its audit entry cannot be written', async () => {
    const before = await api.db.getRepository(Premises).count();
    await api.db.query(`ALTER TABLE audit_event ADD CONSTRAINT refuse_for_test CHECK (false) NOT VALID`);
    try {
      const result = await coordinator.client.request(CREATE, { input: input('Unaudited Shop') });
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await api.db.getRepository(Premises).count()).toBe(before);
    } finally {
      await api.db.query(`ALTER TABLE audit_event DROP CONSTRAINT refuse_for_test`);
    }
  });

  it('refuses to write in a transaction whose snapshot could hide the last entry, so the chain never forks', async () => {
    const audit = api.app.get(AuditLog);
    await expect(
      api.db.transaction('REPEATABLE READ', (manager) =>
        audit.record(manager, null, { action: 'ALTERATION', entityType: 'test', entityIds: [], purpose: 'Test' }),
      ),
    ).rejects.toThrow('Audit entries must be written in a READ COMMITTED transaction, not repeatable read');
  });

  it('writes a transaction’s entries when it commits, in order, and none of a rolled-back transaction or savepoint', async () => {
    const audit = api.app.get(AuditLog);
    const entry = (purpose: string) => ({ action: 'ALTERATION' as const, entityType: 'test', entityIds: [], purpose });
    const written = () =>
      api.db
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where(`e.entity_type = 'test' AND e.purpose LIKE 'Commit test%'`)
        .orderBy('e.sequence')
        .getMany()
        .then((events) => events.map((e) => e.purpose));

    await api.db.transaction(async (manager) => {
      await audit.record(manager, null, entry('Commit test: first'));
      // PostgreSQL computes the hashes: text that is not ASCII, quotes and backslashes hash as they do in Node.
      await audit.record(manager, null, {
        ...entry('Commit test: second – O’Brien\'s "notes" \\ ; €'),
        entityIds: ['a;b', "c'd"],
        details: { fields: ['name – trading', 'back\\slash'], count: 2 },
      });
      // not yet on the chain: written just before COMMIT, so the chain's lock is held only for that
      expect(await manager.countBy(AuditEvent, { purpose: 'Commit test: first' })).toBe(0);
      await manager
        .transaction(async (inner) => {
          await audit.record(inner, null, entry('Commit test: rolled-back savepoint'));
          throw new Error('undo the savepoint');
        })
        .catch(() => undefined);
      await manager.transaction((inner) => audit.record(inner, null, entry('Commit test: released savepoint')));
    });
    await api.db
      .transaction(async (manager) => {
        await audit.record(manager, null, entry('Commit test: rolled back'));
        throw new Error('undo');
      })
      .catch(() => undefined);

    expect(await written()).toEqual([
      'Commit test: first',
      'Commit test: second – O’Brien\'s "notes" \\ ; €',
      'Commit test: released savepoint',
    ]);
    expect((await verifyAuditChain(api.db)).broken).toBeNull();
  });

  it('lets administrators search it, and nobody else', async () => {
    const admin = await api.signedIn('ADMINISTRATOR');
    const { auditEvents } = await admin.client.ok<{
      auditEvents: { total: number; items: { action: string; userId: string }[] };
    }>(
      `query ($userId: ID!) { auditEvents(filter: { userId: $userId, action: "COLLECTION" }) { total items { action userId } } }`,
      { userId: coordinator.user.id },
    );
    expect(auditEvents.total).toBeGreaterThanOrEqual(3);
    for (const item of auditEvents.items) expect(item).toEqual({ action: 'COLLECTION', userId: coordinator.user.id });
    expect((await coordinator.client.request(`{ auditEvents { total } }`)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('exports as CSV for administrators only, recording the export as a disclosure', async () => {
    const admin = await api.signedIn('ADMINISTRATOR');
    const csv = await fetch(`${api.url}/audit/export.csv?action=COLLECTION&userId=${coordinator.user.id}`, {
      headers: { cookie: admin.client.sessionCookie! },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'sequence,occurredAt,action,entityType,entityIds,userId,agencyId,purpose,recipients,details,previousHash,hash',
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines.slice(1)) expect(line).toContain(`,COLLECTION,`);
    const disclosures = await api.db.getRepository(AuditEvent).findBy({ action: 'DISCLOSURE', userId: admin.user.id });
    expect(disclosures).toHaveLength(1);

    const refused = await fetch(`${api.url}/audit/export.csv`, {
      headers: { cookie: coordinator.client.sessionCookie! },
    });
    expect(refused.status).toBe(403);
    expect((await fetch(`${api.url}/audit/export.csv`)).status).toBe(401);
  });

  it('keeps one unbroken chain when many requests write at once', async () => {
    const clients: GraphqlClient[] = [];
    for (let i = 0; i < 4; i += 1) clients.push((await api.signedIn('COORDINATOR')).client);
    const before = await api.db.getRepository(AuditEvent).count();
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const client = clients[i % clients.length];
        if (i % 3 === 0) return client.ok(CREATE, { input: input(`Concurrent ${i}`) });
        return client.ok('{ searchPremises(pageSize: 50) { items { id } } }');
      }),
    );
    expect(await api.db.getRepository(AuditEvent).count()).toBeGreaterThanOrEqual(before + 40);
    expect((await verifyAuditChain(api.db)).broken).toBeNull();
  });

  it('detects tampering through the hash chain', async () => {
    expect((await verifyAuditChain(api.db)).broken).toBeNull();
    await api.db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`);
    await api.db.query(
      `UPDATE audit_event SET purpose = 'covered up' WHERE sequence = (SELECT min(sequence) + 1 FROM audit_event)`,
    );
    await api.db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`);
    const { broken } = await verifyAuditChain(api.db, 2);
    expect(broken?.reason).toBe('its content does not match its hash (it was altered)');
  });
});
