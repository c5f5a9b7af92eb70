import {
  BOARD_PURPOSE,
  boardConsultations,
  boardGroupsFromJson,
  boardParts,
  BoardGroupJson,
} from './group-board.rules';

describe('the group board read model', () => {
  it('reads only the parts a request selects; actions only under visits', () => {
    expect(boardParts(new Set(['id', 'name', 'premises', 'taskCounts']), new Set())).toEqual({
      leadAgency: false,
      coordinator: false,
      premises: true,
      agencies: false,
      visits: false,
      actions: false,
      taskCounts: true,
    });
    expect(boardParts(new Set(['visits']), new Set(['id', 'enforcementActions']))).toMatchObject({
      visits: true,
      actions: true,
    });
    expect(boardParts(new Set(['id']), new Set(['enforcementActions'])).actions).toBe(false);
  });

  const card = (id: string, extra: Partial<BoardGroupJson> = {}): BoardGroupJson =>
    ({
      id,
      name: `Op ${id}`,
      stage: 'ACTIVE',
      updatedAt: '2026-11-20T09:30:00.123456+00:00',
      ...extra,
    }) as BoardGroupJson;

  it('turns the statement’s times into dates, and a card read without visits has none', () => {
    const [first, second] = boardGroupsFromJson([
      card('g1', {
        visits: [{ id: 'v1', startsAt: '2026-12-01T21:00:00+00:00', status: 'READY', enforcementActions: [] }],
      }),
      card('g2'),
    ]);
    expect(first.updatedAt).toEqual(new Date('2026-11-20T09:30:00.123Z'));
    expect(first.visits[0].startsAt).toEqual(new Date('2026-12-01T21:00:00Z'));
    expect(second.visits).toEqual([]);
  });

  it('names the agencies a card refers to by id, each agency one object however often it appears', () => {
    const [shown] = boardGroupsFromJson(
      [
        card('g1', {
          leadAgency: 'police',
          agencies: ['police', 'fire'],
          visits: [
            {
              id: 'v1',
              startsAt: '2026-12-01T21:00:00+00:00',
              status: 'COMPLETED',
              enforcementActions: [
                { id: 'a1', kind: 'ADVICE', status: 'SERVED', takenOn: '2026-12-01', agency: 'fire' },
              ],
            },
          ],
        }),
      ],
      { police: 'Northbridge Police – Licensing', fire: 'Northbridge Fire', unused: 'Unused' },
    );
    expect(shown.leadAgency).toEqual({ id: 'police', name: 'Northbridge Police – Licensing' });
    expect(shown.agencies).toEqual([shown.leadAgency, { id: 'fire', name: 'Northbridge Fire' }]);
    expect(shown.agencies[0]).toBe(shown.leadAgency);
    expect(shown.visits[0].enforcementActions[0].agency).toBe(shown.agencies[1]);
    expect(() => boardGroupsFromJson([card('g2', { leadAgency: 'gone' })], { police: 'P' })).toThrow(
      'The board names no agency gone',
    );
  });

  it('records the groups, premises, visits and actions shown, each id once, and no empty entry', () => {
    const shown = boardGroupsFromJson(
      [
        card('g1', {
          premises: [{ id: 'p1', name: 'A', postcode: 'NB1 1AA', status: 'UNDER_OPERATION' }],
          visits: [
            {
              id: 'v1',
              startsAt: '2026-12-01T21:00:00+00:00',
              status: 'COMPLETED',
              enforcementActions: [{ id: 'a1', kind: 'ADVICE', status: 'SERVED', takenOn: '2026-12-01', agency: 'x' }],
            },
          ],
        }),
        card('g2', { premises: [{ id: 'p1', name: 'A', postcode: 'NB1 1AA', status: 'UNDER_OPERATION' }] }),
      ] as BoardGroupJson[],
      { x: 'X' },
    );
    expect(boardConsultations(shown)).toEqual([
      { entityType: 'task_and_finish_group', entityIds: ['g1', 'g2'], purpose: BOARD_PURPOSE },
      { entityType: 'premises', entityIds: ['p1'], purpose: BOARD_PURPOSE },
      { entityType: 'visit_plan', entityIds: ['v1'], purpose: BOARD_PURPOSE },
      { entityType: 'enforcement_action', entityIds: ['a1'], purpose: BOARD_PURPOSE },
    ]);
    expect(boardConsultations(boardGroupsFromJson([card('g3')]))).toEqual([
      { entityType: 'task_and_finish_group', entityIds: ['g3'], purpose: BOARD_PURPOSE },
    ]);
    expect(boardConsultations([])).toEqual([]);
  });
});
