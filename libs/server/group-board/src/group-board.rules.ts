import type { BoardActionModel, BoardAgencyModel, BoardGroupModel, BoardVisitModel } from './group-board.types';

/** The parts of a card that cost a subquery each; the board statement reads only those asked for. */
export interface BoardParts {
  leadAgency: boolean;
  coordinator: boolean;
  premises: boolean;
  agencies: boolean;
  visits: boolean;
  /** The actions at each visit (only with visits). */
  actions: boolean;
  taskCounts: boolean;
}

/**
 * The parts a request asks for, from the field names it selects on a card and on a card's visits (aliases resolved,
 * fragments merged: see boardSelection). What is not asked for is neither read nor recorded as consulted.
 */
export function boardParts(groupFields: ReadonlySet<string>, visitFields: ReadonlySet<string>): BoardParts {
  const visits = groupFields.has('visits');
  return {
    leadAgency: groupFields.has('leadAgency'),
    coordinator: groupFields.has('coordinator'),
    premises: groupFields.has('premises'),
    agencies: groupFields.has('agencies'),
    visits,
    actions: visits && visitFields.has('enforcementActions'),
    taskCounts: groupFields.has('taskCounts'),
  };
}

/**
 * A card as PostgreSQL builds it in JSON: times are ISO strings there, and agencies are ids, named once per answer
 * (the statement's agency_names column) rather than on every card and action.
 */
export type BoardGroupJson = Omit<BoardGroupModel, 'updatedAt' | 'visits' | 'leadAgency' | 'agencies'> & {
  updatedAt: string;
  leadAgency?: string;
  agencies?: string[];
  visits?: (Omit<BoardVisitModel, 'startsAt' | 'enforcementActions'> & {
    startsAt: string;
    enforcementActions?: (Omit<BoardActionModel, 'agency'> & { agency: string })[];
  })[];
};

/**
 * Turns the statement's JSON cards into the GraphQL model: times become Dates, agency ids named agencies. The cards
 * are freshly parsed and nobody else's, so they are changed in place: a board of 50 cards holds about a thousand
 * objects, and copying each cost more than reading them.
 */
export function boardGroupsFromJson(
  cards: BoardGroupJson[],
  agencyNames: Readonly<Record<string, string>> | null = null,
): BoardGroupModel[] {
  const agencies = new Map<string, BoardAgencyModel>();
  const agency = (id: string): BoardAgencyModel => {
    let named = agencies.get(id);
    if (!named) {
      const name = agencyNames?.[id];
      if (name === undefined) throw new Error(`The board names no agency ${id}`);
      named = { id, name };
      agencies.set(id, named);
    }
    return named;
  };
  for (const json of cards) {
    const card = json as unknown as Record<string, unknown>;
    card['updatedAt'] = new Date(json.updatedAt);
    if (json.leadAgency !== undefined) card['leadAgency'] = agency(json.leadAgency);
    if (json.agencies !== undefined) card['agencies'] = json.agencies.map(agency);
    if (json.visits === undefined) card['visits'] = [];
    for (const visit of json.visits ?? []) {
      (visit as unknown as Record<string, unknown>)['startsAt'] = new Date(visit.startsAt);
      for (const action of visit.enforcementActions ?? [])
        (action as unknown as Record<string, unknown>)['agency'] = agency(action.agency);
    }
  }
  return cards as unknown as BoardGroupModel[];
}

export interface BoardConsultation {
  entityType: string;
  purpose: string;
  entityIds: string[];
}

export const BOARD_PURPOSE = 'Task and finish groups: the group board';

/**
 * What a board answer shows of the audited records, for the audit trail: the groups, and the premises, visits and
 * actions it holds (agencies and task counts are not personal data; the coordinator is shown by name only, as on
 * every group). Each id once.
 */
export function boardConsultations(cards: readonly BoardGroupModel[]): BoardConsultation[] {
  const premises = new Set<string>();
  const visits = new Set<string>();
  const actions = new Set<string>();
  for (const card of cards) {
    for (const p of card.premises ?? []) premises.add(p.id);
    for (const visit of card.visits ?? []) {
      visits.add(visit.id);
      for (const action of visit.enforcementActions ?? []) actions.add(action.id);
    }
  }
  return [
    { entityType: 'task_and_finish_group', entityIds: cards.map((card) => card.id) },
    { entityType: 'premises', entityIds: [...premises] },
    { entityType: 'visit_plan', entityIds: [...visits] },
    { entityType: 'enforcement_action', entityIds: [...actions] },
  ]
    .filter((consulted) => consulted.entityIds.length > 0)
    .map((consulted) => ({ ...consulted, purpose: BOARD_PURPOSE }));
}
