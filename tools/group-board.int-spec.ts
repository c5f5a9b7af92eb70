import { AuditEvent } from '@lantern/server/audit';
import { BOARD_PURPOSE } from '@lantern/server/group-board';
import { GraphqlClient, startTestApi, TestApi } from '@lantern/server/app/testing';
import { BOROUGH_PASSWORD, boroughEmails, generateBorough } from './borough-generator';

/**
 * The group board's read model (one statement) against the same groups resolved field by field (DataLoaders, each
 * context's own scope): the same cards for a coordinator and for an agency officer, and the audit trail records
 * what was shown and nothing more.
 */
const CARD = `id name stage updatedAt leadAgency { id name } coordinator { id displayName agencyId }
  premises { id name postcode status }
  visits { id startsAt status enforcementActions { id kind status takenOn agency { id name } } }
  taskCounts { open overdue }`;
const BOARD = `query ($filter: GroupFilter, $pageSize: Int!, $page: Int) {
  groupBoard(filter: $filter, pageSize: $pageSize, page: $page) { total page pageSize items { ${CARD} agencies { id name } } } }`;
const GROUPS = `query ($filter: GroupFilter, $pageSize: Int!, $page: Int) {
  groups(filter: $filter, pageSize: $pageSize, page: $page) { total page pageSize items { ${CARD} agencies { agency { id name } } } } }`;

type Card = {
  id: string;
  premises: { id: string }[];
  agencies: { id: string; name: string }[];
  visits: { id: string; enforcementActions: { id: string }[] }[];
};
type Board = { total: number; page: number; pageSize: number; items: Card[] };

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
/** Lists whose order ties in the field resolvers (rows written in one statement share a time) compared as sets. */
const comparable = (board: Board) => ({
  ...board,
  items: board.items.map((card) => ({
    ...card,
    premises: byId(card.premises),
    agencies: byId(card.agencies),
    visits: card.visits.map((visit) => ({ ...visit, enforcementActions: byId(visit.enforcementActions) })),
  })),
});

async function both(client: GraphqlClient, variables: Record<string, unknown>) {
  const { groupBoard } = await client.ok<{ groupBoard: Board }>(BOARD, variables);
  const { groups } = await client.ok<{
    groups: Omit<Board, 'items'> & {
      items: (Omit<Card, 'agencies'> & { agencies: { agency: Card['agencies'][number] }[] })[];
    };
  }>(GROUPS, variables);
  const resolved = {
    ...groups,
    items: groups.items.map((card) => ({ ...card, agencies: card.agencies.map((a) => a.agency) })),
  };
  return { board: groupBoard, resolved };
}

describe('the group board read model', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  let officer: GraphqlClient;
  let officerAgencyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await generateBorough(api.database.url, { groups: 40, premises: 80, actions: 2_000, years: 2, seed: 9 });
    coordinator = new GraphqlClient(api.url);
    await coordinator.signIn(boroughEmails.coordinator(1), BOROUGH_PASSWORD);
    officer = new GraphqlClient(api.url);
    await officer.signIn(boroughEmails.officer(4, 3), BOROUGH_PASSWORD);
    [{ agency_id: officerAgencyId }] = await api.db.query(`SELECT agency_id FROM user_account WHERE email = $1`, [
      boroughEmails.officer(4, 3),
    ]);
    // Premises of the officer's groups that are not shared with the officer's agency, with actions at visits there:
    // the board must leave both out for the officer, as the premises and enforcement contexts do.
    await api.db.query(
      `DELETE FROM premises_agency pa USING group_premises gp, group_agency ga
        WHERE pa.premises_id = gp.premises_id AND ga.group_id = gp.group_id AND ga.agency_id = $1 AND pa.agency_id = $1
          AND gp.premises_id IN (SELECT v.premises_id FROM visit_plan v JOIN enforcement_action x ON x.visit_plan_id = v.id
                                   JOIN group_agency m ON m.group_id = v.group_id AND m.agency_id = $1
                                  ORDER BY v.premises_id LIMIT 3)`,
      [officerAgencyId],
    );
  });
  afterAll(() => api?.close());

  it('shows a coordinator the same cards as the groups resolved field by field, page by page and filtered', async () => {
    for (const variables of [
      { pageSize: 100 },
      { pageSize: 7, page: 2 },
      { pageSize: 50, filter: { stages: ['TASKING', 'ACTIVE'] } },
      { pageSize: 50, filter: { text: 'op' } },
    ]) {
      const { board, resolved } = await both(coordinator, variables);
      expect(comparable(board)).toEqual(comparable(resolved as Board));
      expect(board.items.length).toBeGreaterThan(0);
    }
    const { board } = await both(coordinator, { pageSize: 100 });
    expect(board.items.some((card) => card.visits.some((visit) => visit.enforcementActions.length > 0))).toBe(true);
  });

  it('shows an agency officer only their agency’s groups, without premises and actions not shared with it', async () => {
    const { board, resolved } = await both(officer, { pageSize: 100 });
    expect(comparable(board)).toEqual(comparable(resolved as Board));
    const all = (await both(coordinator, { pageSize: 100 })).board;
    expect(board.total).toBeGreaterThan(0);
    expect(board.total).toBeLessThan(all.total);
    expect(board.items.every((card) => card.agencies.some((agency) => agency.id === officerAgencyId))).toBe(true);
    const count = (cards: Card[], ids: Set<string>, what: (card: Card) => string[]) =>
      cards.filter((card) => ids.has(card.id)).flatMap(what).length;
    const mine = new Set(board.items.map((card) => card.id));
    const premisesOf = (card: Card) => card.premises.map((p) => p.id);
    const actionsOf = (card: Card) => card.visits.flatMap((v) => v.enforcementActions.map((a) => a.id));
    expect(count(board.items, mine, premisesOf)).toBeLessThan(count(all.items, mine, premisesOf));
    expect(count(board.items, mine, actionsOf)).toBeLessThan(count(all.items, mine, actionsOf));
  });

  it('records what it showed as consulted, and only the parts asked for', async () => {
    const consultations = async (since: string) =>
      (await api.db.getRepository(AuditEvent).find({ where: { purpose: BOARD_PURPOSE }, order: { sequence: 'ASC' } }))
        .filter((event) => BigInt(event.sequence) > BigInt(since))
        .map((event) => ({ type: event.entityType, ids: [...event.entityIds].sort(), action: event.action }));
    const last = async () =>
      String((await api.db.query(`SELECT coalesce(max(sequence), 0) AS last FROM audit_event`))[0].last);

    let since = await last();
    const { groupBoard } = await officer.ok<{ groupBoard: Board }>(BOARD, { pageSize: 20 });
    const ids = (list: { id: string }[]) => [...new Set(list.map((row) => row.id))].sort();
    const visits = groupBoard.items.flatMap((card) => card.visits);
    expect(await consultations(since)).toEqual(
      [
        { type: 'task_and_finish_group', ids: ids(groupBoard.items), action: 'CONSULTATION' },
        { type: 'premises', ids: ids(groupBoard.items.flatMap((card) => card.premises)), action: 'CONSULTATION' },
        { type: 'visit_plan', ids: ids(visits), action: 'CONSULTATION' },
        { type: 'enforcement_action', ids: ids(visits.flatMap((v) => v.enforcementActions)), action: 'CONSULTATION' },
      ].filter((entry) => entry.ids.length > 0),
    );

    // Names only: neither premises, visits nor actions are read, so none is recorded.
    since = await last();
    const names = await officer.ok<{ groupBoard: Board }>(`{ groupBoard(pageSize: 20) { items { id name } } }`);
    expect(await consultations(since)).toEqual([
      { type: 'task_and_finish_group', ids: ids(names.groupBoard.items), action: 'CONSULTATION' },
    ]);
  });

  it('reads the parts asked for through aliases and fragments', async () => {
    const { groupBoard } = await coordinator.ok<{
      groupBoard: { cards: { when: { acts: { id: string }[] }[] }[] };
    }>(
      `query { groupBoard(pageSize: 100) { cards: items { ...Card } } }
       fragment Card on BoardGroup { id when: visits { ... on BoardVisit { acts: enforcementActions { id } } } }`,
    );
    expect(groupBoard.cards.some((card) => card.when.some((visit) => visit.acts.length > 0))).toBe(true);
  });

  it('refuses a page size it does not serve, and a role that may not see the groups', async () => {
    const tooBig = await coordinator.request(BOARD, { pageSize: 101 });
    expect(tooBig.errors?.[0]).toMatchObject({
      message: 'Page size must be from 1 to 100.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const board = new GraphqlClient(api.url);
    await board.signIn(boroughEmails.board(1), BOROUGH_PASSWORD);
    const refused = await board.request(BOARD, { pageSize: 10 });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
