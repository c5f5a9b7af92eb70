import { GraphqlClient, startTestApi, TestApi } from '@lantern/server/app/testing';
import { BOROUGH_PASSWORD, boroughEmails, generateBorough } from './borough-generator';

/** The borough generator at a tiny scale: consistent data the app's own reads work on. */
describe('borough generator', () => {
  let api: TestApi;
  const lines: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    await generateBorough(api.database.url, {
      groups: 30,
      premises: 200,
      actions: 1500,
      years: 3,
      seed: 7,
      log: (line) => lines.push(line),
    });
  });
  afterAll(() => api?.close());

  const one = async (sql: string): Promise<Record<string, number>> => {
    const [row] = await api.db.query(sql);
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
  };

  it('makes the scale it was asked for, and logs its progress', async () => {
    expect(
      await one(`SELECT (SELECT count(*) FROM task_and_finish_group) AS groups, (SELECT count(*) FROM premises) AS premises,
                        (SELECT count(*) FROM enforcement_action) AS actions`),
    ).toEqual({ groups: 30, premises: 200, actions: 1500 });
    expect(lines.at(-1)).toMatch(/borough generated: 30 groups, 200 premises, 1500 actions over 3 years/);
    const counts = await one(`SELECT
        (SELECT count(DISTINCT stage) FROM task_and_finish_group) AS stages,
        (SELECT count(DISTINCT kind) FROM enforcement_action) AS kinds,
        (SELECT count(DISTINCT status) FROM enforcement_action) AS statuses,
        (SELECT count(*) FROM visit_record WHERE notes LIKE 'Entry refused%') AS refused,
        (SELECT count(*) FROM visit_record r WHERE (SELECT count(DISTINCT agency_id) FROM visit_record_attendance a WHERE a.visit_record_id = r.id) > 1) AS joint,
        (SELECT count(*) FROM information_report WHERE feedback IS NULL) AS without_feedback,
        (SELECT count(*) FROM information_report WHERE feedback IS NOT NULL) AS with_feedback,
        (SELECT count(*) FROM monitoring) AS monitorings,
        (SELECT count(*) FROM task WHERE status NOT IN ('DONE', 'CANCELLED') AND due_on < current_date) AS overdue`);
    expect(counts['stages']).toBe(6);
    expect(counts['kinds']).toBeGreaterThanOrEqual(12);
    expect(counts['statuses']).toBe(6);
    const some = ['refused', 'joint', 'without_feedback', 'with_feedback', 'monitorings', 'overdue'];
    expect(Object.fromEntries(some.map((key) => [key, counts[key] > 0]))).toEqual(
      Object.fromEntries(some.map((key) => [key, true])),
    );
  });

  it('keeps to the law and the lifecycle: powers, visits, statuses and their history', async () => {
    expect(
      await one(`SELECT
        (SELECT count(*) FROM enforcement_action e JOIN agency a ON a.id = e.agency_id JOIN power p ON p.id = e.power_id
          WHERE NOT a.type = ANY(p.holder_agency_types) OR p.effective_from > e.taken_on OR p.effective_to < e.taken_on) AS wrong_power,
        (SELECT count(*) FROM enforcement_action WHERE power_id IS NULL AND kind NOT IN ('ADVICE', 'NO_ACTION', 'REFERRAL')) AS missing_power,
        (SELECT count(*) FROM enforcement_action e JOIN power p ON p.id = e.power_id
          WHERE (p.max_duration IS NOT NULL OR p.min_duration IS NOT NULL) AND e.ends_on IS NULL AND NOT e.indefinite) AS order_without_end,
        (SELECT count(*) FROM enforcement_action e JOIN visit_plan v ON v.id = e.visit_plan_id
          WHERE v.premises_id <> e.premises_id OR v.status <> 'COMPLETED'
             OR NOT EXISTS (SELECT 1 FROM visit_agency va WHERE va.visit_plan_id = v.id AND va.agency_id = e.agency_id)) AS wrong_visit,
        (SELECT count(*) FROM enforcement_action e WHERE e.taken_on > current_date) AS future_actions,
        (SELECT count(*) FROM enforcement_action e WHERE NOT EXISTS (
          SELECT 1 FROM enforcement_action_status_change c WHERE c.action_id = e.id AND c.status = 'SERVED')) AS no_history,
        (SELECT count(*) FROM enforcement_action e WHERE e.status <> (
          SELECT c.status FROM enforcement_action_status_change c WHERE c.action_id = e.id ORDER BY c.at DESC, c.status = 'SERVED' LIMIT 1)) AS status_not_last,
        (SELECT count(*) FROM premises p WHERE p.status <> (
          SELECT s.to_status FROM premises_status_change s WHERE s.premises_id = p.id ORDER BY s.at DESC LIMIT 1)) AS premises_not_last,
        (SELECT count(*) FROM group_premises gp JOIN premises p ON p.id = gp.premises_id JOIN task_and_finish_group g ON g.id = gp.group_id
          WHERE p.created_at > g.created_at) AS premises_after_group,
        (SELECT count(*) FROM task_and_finish_group WHERE stage IN ('CLOSURE', 'MONITORING', 'CLOSED') AND closure_summary IS NULL) AS no_summary`),
    ).toEqual({
      wrong_power: 0,
      missing_power: 0,
      order_without_end: 0,
      wrong_visit: 0,
      future_actions: 0,
      no_history: 0,
      status_not_last: 0,
      premises_not_last: 0,
      premises_after_group: 0,
      no_summary: 0,
    });
    // The status history trigger is back on: a change made through the app is recorded.
    const [{ id }] = await api.db.query(`SELECT id FROM premises WHERE status = 'OF_CONCERN' LIMIT 1`);
    await api.db.query(`UPDATE premises SET status = 'NO_FURTHER_ACTION' WHERE id = $1`, [id]);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM premises_status_change WHERE premises_id = $1 AND to_status = 'NO_FURTHER_ACTION'`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('serves the coordinator and an agency officer through GraphQL', async () => {
    const coordinator = new GraphqlClient(api.url);
    await coordinator.signIn(boroughEmails.coordinator(1), BOROUGH_PASSWORD);
    const board = await coordinator.ok<{
      groups: { total: number; items: { id: string; premises: { id: string }[]; taskCounts: { open: number } }[] };
    }>(
      `query { groups(pageSize: 50, filter: { stages: [TASKING, PLANNING, ACTIVE, CLOSURE, MONITORING, CLOSED] }) {
         total items { id name stage leadAgency { name } coordinator { displayName } premises { id name postcode } taskCounts { open overdue } } } }`,
    );
    expect(board.groups.total).toBe(30);
    const group = board.groups.items.find((item) => item.premises.length > 0)!;
    const detail = await coordinator.ok<{ group: { visits: unknown[]; timeline: unknown[]; tasks: unknown[] } }>(
      `query ($id: ID!) { group(id: $id) { id tasks { id title overdue } visits { id status premises { name } }
         agencies { agency { name } } officers { officer { name } } timeline { kind summary } } }`,
      { id: group.id },
    );
    expect(detail.group.timeline.length).toBeGreaterThan(0);
    const premises = await coordinator.ok<{ premises: { timeline: { kind: string }[]; status: string } }>(
      `query ($id: ID!) { premises(id: $id) { id name status timeline { kind title at } } }`,
      { id: group.premises[0].id },
    );
    expect(premises.premises.timeline.length).toBeGreaterThan(0);
    await coordinator.ok(`query { myTasks { id title overdue group { name } } }`);

    const [{ agency_n, n }] = await api.db.query(
      `SELECT substring(u.email from 'officer\\.(\\d+)\\.')::int AS agency_n, substring(u.email from 'officer\\.\\d+\\.(\\d+)@')::int AS n
       FROM task t JOIN user_account u ON u.officer_id = t.owner_officer_id
       WHERE u.role = 'AGENCY_OFFICER' AND t.status NOT IN ('DONE', 'CANCELLED') ORDER BY u.email LIMIT 1`,
    );
    const officer = new GraphqlClient(api.url);
    await officer.signIn(boroughEmails.officer(agency_n, n), BOROUGH_PASSWORD);
    const mine = await officer.ok<{ myTasks: unknown[] }>(`query { myTasks { id title overdue } }`);
    expect(mine.myTasks.length).toBeGreaterThan(0);
    const theirs = await officer.ok<{ groups: { total: number } }>(`query { groups(pageSize: 10) { total } }`);
    expect(theirs.groups.total).toBeGreaterThan(0);
    expect(theirs.groups.total).toBeLessThan(30);
  });
});
