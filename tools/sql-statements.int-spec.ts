import { GraphqlClient, startTestApi, TestApi } from '@lantern/server/app/testing';
import { BOROUGH_PASSWORD, boroughEmails, generateBorough } from './borough-generator';
import { countSqlStatements } from './sql-statement-counter';

/**
 * No N+1: a list costs the same number of SQL statements whatever its length (nested fields load through
 * DataLoaders). Pages stop at 100 items (MAX_PAGE_SIZE), so paged lists are tried at 10, 50 and 100.
 *
 * The same, not merely no more: a request's loaders dispatch in waves (RequestLoaders), so a loader reached by several
 * paths of one query loads once per wave whichever result PostgreSQL returns first, and the count does not depend on
 * timing.
 */
function expectSameCost(costs: { statements: number }[]): void {
  const statements = costs.map((c) => c.statements);
  expect(statements).toEqual(statements.map(() => statements[0]));
}

describe('SQL statements per list request', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  const statements = countSqlStatements();

  beforeAll(async () => {
    api = await startTestApi();
    await generateBorough(api.database.url, { groups: 110, premises: 150, actions: 6_000, years: 2, seed: 5 });
    coordinator = new GraphqlClient(api.url);
    await coordinator.signIn(boroughEmails.coordinator(1), BOROUGH_PASSWORD);
  });
  afterAll(() => api?.close());

  /** Statements for one request (nothing else runs meanwhile), and how many items it returned. */
  async function cost(
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown>,
    items: (data: never) => number,
  ) {
    await client.ok(query, variables); // warm: sessions and caches as a user's second request finds them
    // The least of two: a session's last-seen time is written now and then, not on every request.
    const counts: number[] = [];
    let data: unknown;
    for (let i = 0; i < 2; i += 1) {
      const before = statements();
      data = await client.ok(query, variables);
      counts.push(statements() - before);
    }
    return { statements: Math.min(...counts), items: items(data as never) };
  }

  /** A paged list at 10, 50 and 100 items: every page costs the same statements. */
  async function expectPagesCostTheSame(query: string, field: string) {
    const costs = [];
    for (const pageSize of [10, 50, 100])
      costs.push(
        await cost(
          coordinator,
          query,
          { pageSize },
          (d: Record<string, { items: unknown[] }>) => d[field].items.length,
        ),
      );
    expect(costs.map((c) => c.items)).toEqual([10, 50, 100]);
    expectSameCost(costs);
  }

  it('the group board: groups with premises, agencies, visits, their actions and task counts', async () => {
    const board = `query ($pageSize: Int!) { groups(pageSize: $pageSize) { total items {
      id name stage leadAgency { name } coordinator { displayName } premises { id name status }
      agencies { agency { name } } officers { officer { name } }
      visits { id status premises { name } enforcementActions { id kind agency { name } power { name } } }
      taskCounts { open overdue } } } }`;
    await expectPagesCostTheSame(board, 'groups');
  });

  it('the group board read model: one statement for the cards, whatever the page size', async () => {
    const board = `query ($pageSize: Int!) { groupBoard(pageSize: $pageSize) { total items {
      id name stage leadAgency { name } coordinator { displayName } premises { id name status } agencies { name }
      visits { id status enforcementActions { id kind agency { name } } } taskCounts { open overdue } } } }`;
    await expectPagesCostTheSame(board, 'groupBoard');
  });

  it('premises search, and the actions and timeline of premises with few and many', async () => {
    const search = `query ($pageSize: Int!) { searchPremises(pageSize: $pageSize) { total items {
      id name status agencies { agency { name } } people { person { fullName } } monitoring { id } } } }`;
    await expectPagesCostTheSame(search, 'searchPremises');

    // Premises with about 10, 50 and 200 actions.
    const rows: { premises_id: string; actions: number }[] = await api.db.query(
      `SELECT premises_id, count(*)::int AS actions FROM enforcement_action GROUP BY 1`,
    );
    const near = (n: number) =>
      rows.reduce((best, row) => (Math.abs(row.actions - n) < Math.abs(best.actions - n) ? row : best));
    const actions = `query ($id: ID!) { premises(id: $id) { id enforcementActions { id kind status agency { name } power { name }
      person { fullName } history { status changedOn } } timeline { id kind title } } }`;
    const premisesCosts = [];
    for (const n of [10, 50, 200]) {
      // One action against a person at each, so that every nested list has something to load.
      await api.db.query(
        `UPDATE enforcement_action SET person_id = (SELECT person_id FROM premises_person WHERE premises_id = $1 LIMIT 1)
         WHERE id = (SELECT id FROM enforcement_action WHERE premises_id = $1 ORDER BY id LIMIT 1)`,
        [near(n).premises_id],
      );
      premisesCosts.push(
        await cost(
          coordinator,
          actions,
          { id: near(n).premises_id },
          (d: { premises: { enforcementActions: unknown[] } }) => d.premises.enforcementActions.length,
        ),
      );
    }
    expect(premisesCosts[0].items).toBeLessThan(20);
    expect(premisesCosts[2].items).toBeGreaterThan(150);
    expectSameCost(premisesCosts);
  });

  it('my tasks with 10, 50 and 200 tasks', async () => {
    const costs = [];
    for (const [n, count] of [
      [3, 10],
      [4, 50],
      [5, 200],
    ]) {
      // Officer n of the police licensing team (agency 2), with exactly `count` tasks.
      const [officer] = await api.db.query(`SELECT u.officer_id, u.agency_id FROM user_account u WHERE u.email = $1`, [
        boroughEmails.officer(2, n),
      ]);
      const [group] = await api.db.query(
        `SELECT g.id FROM task_and_finish_group g JOIN group_agency ga ON ga.group_id = g.id
         WHERE ga.agency_id = $1 AND EXISTS (SELECT 1 FROM group_premises gp WHERE gp.group_id = g.id) ORDER BY g.id LIMIT 1`,
        [officer.agency_id],
      );
      await api.db.query(
        `DELETE FROM task WHERE owner_officer_id = $1 OR (owner_agency_id = $2 AND owner_officer_id IS NULL)`,
        [officer.officer_id, officer.agency_id],
      );
      await api.db.query(
        `INSERT INTO task (group_id, title, owner_agency_id, owner_officer_id, due_on, status, version, premises_id)
         SELECT $1, 'Task ' || i, $2, $3, current_date + i - 5, 'OPEN', 1,
                (SELECT premises_id FROM group_premises WHERE group_id = $1 LIMIT 1)
         FROM generate_series(1, $4) i`,
        [group.id, officer.agency_id, officer.officer_id, count],
      );
      const client = new GraphqlClient(api.url);
      await client.signIn(boroughEmails.officer(2, n), BOROUGH_PASSWORD);
      costs.push(
        await cost(
          client,
          `query { myTasks { id title overdue group { name } premises { name } ownerAgency { name } ownerOfficer { name } } }`,
          {},
          (d: { myTasks: unknown[] }) => d.myTasks.length,
        ),
      );
    }
    expect(costs.map((c) => c.items)).toEqual([10, 50, 200]);
    expectSameCost(costs);
  });
});
