import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { escapeLike, MAX_PAGE_SIZE, Page, pageWindow } from '@lantern/server/core';
import { londonToday, scopingAgency } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { groupHasMember, type GroupFilter } from '@lantern/server/groups';
import { premisesSharedWith } from '@lantern/server/premises';
import { BoardGroupJson, boardConsultations, boardGroupsFromJson, BoardParts } from './group-board.rules';
import type { BoardGroupModel } from './group-board.types';

/** Statement parameters, numbered as they are added. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

const list = (select: string) => `coalesce((${select}), '[]'::json)`;

/**
 * The board in one statement: the page of groups the viewer may see, each card built as JSON by PostgreSQL with only
 * the parts asked for. The scopes are those of the contexts that own the rows: an agency officer sees the groups
 * their agency is a member of (whereGroupVisible) with all their visits, and of those groups' premises and visit
 * actions only those at premises shared with their agency (the premises and enforcement scopes); coordinating
 * roles see everything. The statement is prepared under a name of its own (one per shape: the parts asked for, the
 * filters used, the page size), so each pooled connection plans it once rather than on every request.
 */
export function groupBoardStatement(
  viewer: Viewer | null,
  filter: GroupFilter,
  window: { offset: number; limit: number },
  parts: BoardParts,
): { sql: string; parameters: unknown[]; name: string } {
  // The page size is written into the statement (1 to 100, checked by pageWindow), so that PostgreSQL's generic plan
  // of the prepared statement keeps the plan for a short page; everything else is a parameter.
  const limit = window.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new Error(`Bad board page size ${limit}`);
  const p = new Parameters();
  const agency = scopingAgency(viewer);
  const scope = agency ? p.add(agency, 'uuid') : null;
  const premisesShared = (column: string) => (scope ? premisesSharedWith(column, scope) : 'true');

  const where = ['true'];
  if (scope) where.push(groupHasMember('g.id', scope));
  if (filter.stages?.length) where.push(`g.stage = ANY(${p.add(filter.stages, 'text[]')})`);
  const text = filter.text?.trim();
  if (text) {
    const pattern = p.add(`%${escapeLike(text)}%`, 'text');
    where.push(`(g.name ILIKE ${pattern} OR g.objective ILIKE ${pattern})`);
  }
  const visible = `FROM task_and_finish_group g WHERE ${where.join(' AND ')}`;

  // Agencies are ids in the cards, named once in agency_names: a borough's partner agencies are few, and a page of
  // cards names them hundreds of times.
  const actions = list(
    `SELECT json_agg(json_build_object('id', x.id, 'kind', x.kind, 'status', x.status, 'takenOn', x.taken_on,
                       'agency', x.agency_id) ORDER BY x.taken_on DESC, x.created_at DESC, x.id)
       FROM enforcement_action x
      WHERE x.visit_plan_id = v.id AND ${premisesShared('x.premises_id')}`,
  );
  const fields: [string, string][] = [
    ['id', 'g.id'],
    ['name', 'g.name'],
    ['stage', 'g.stage'],
    ['updatedAt', 'g.updated_at'],
  ];
  if (parts.leadAgency) fields.push(['leadAgency', 'g.lead_agency_id']);
  if (parts.coordinator)
    fields.push([
      'coordinator',
      `(SELECT json_build_object('id', u.id, 'displayName', u.display_name, 'agencyId', u.agency_id)
          FROM user_account u WHERE u.id = g.coordinator_user_id)`,
    ]);
  if (parts.premises)
    fields.push([
      'premises',
      list(`SELECT json_agg(json_build_object('id', pr.id, 'name', pr.name, 'postcode', pr.postcode, 'status', pr.status)
                            ORDER BY gp.created_at, pr.id)
              FROM group_premises gp JOIN premises pr ON pr.id = gp.premises_id
             WHERE gp.group_id = g.id AND ${premisesShared('pr.id')}`),
    ]);
  if (parts.agencies)
    fields.push([
      'agencies',
      list(`SELECT json_agg(ga.agency_id ORDER BY ga.created_at, ga.agency_id)
              FROM group_agency ga WHERE ga.group_id = g.id`),
    ]);
  if (parts.visits)
    fields.push([
      'visits',
      list(`SELECT json_agg(json_build_object('id', v.id, 'startsAt', v.starts_at, 'status', v.status
                            ${parts.actions ? `, 'enforcementActions', ${actions}` : ''}) ORDER BY v.starts_at, v.id)
              FROM visit_plan v WHERE v.group_id = g.id`),
    ]);
  if (parts.taskCounts) {
    const today = p.add(londonToday(), 'date');
    fields.push([
      'taskCounts',
      `(SELECT json_build_object(
                 'open', count(*) FILTER (WHERE t.status NOT IN ('DONE', 'CANCELLED')),
                 'overdue', count(*) FILTER (WHERE t.status NOT IN ('DONE', 'CANCELLED') AND t.due_on < ${today}))
          FROM task t WHERE t.group_id = g.id)`,
    ]);
  }
  const card = `json_build_object(${fields.map(([key, value]) => `'${key}', ${value}`).join(', ')})`;
  const namesAgencies = parts.leadAgency || parts.agencies || (parts.visits && parts.actions);
  const sql = `
SELECT (SELECT count(*) ${visible})::int AS total,
       ${list(`SELECT json_agg(${card} ORDER BY g.updated_at DESC, g.id)
                 FROM (SELECT g.* ${visible} ORDER BY g.updated_at DESC, g.id
                       LIMIT ${limit} OFFSET ${p.add(window.offset, 'int')}) g`)} AS items,
       ${namesAgencies ? '(SELECT json_object_agg(a.id, a.name) FROM agency a)' : 'NULL'} AS agency_names`;
  return { sql, parameters: p.values, name: `group_board_${createHash('sha1').update(sql).digest('hex')}` };
}

@Injectable()
export class GroupBoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** A page of the board, most recently changed groups first; what it shows is recorded as consulted. */
  board(
    viewer: Viewer | null,
    filter: GroupFilter,
    page: { page: number; pageSize: number },
    parts: BoardParts,
  ): Promise<Page<BoardGroupModel>> {
    const statement = groupBoardStatement(viewer, filter, pageWindow(page), parts);
    return this.audit.consultEach(
      this.db,
      viewer,
      async (manager) => {
        const [row] = await this.prepared<{
          total: number;
          items: BoardGroupJson[];
          agency_names: Record<string, string> | null;
        }>(manager, statement);
        return {
          items: boardGroupsFromJson(row.items, row.agency_names),
          total: row.total,
          page: page.page,
          pageSize: page.pageSize,
        };
      },
      (board) => boardConsultations(board.items),
    );
  }

  /** Runs a named (prepared) statement on the manager's connection, or on one from the pool. */
  private async prepared<R extends QueryResultRow>(
    manager: EntityManager,
    statement: { name: string; sql: string; parameters: unknown[] },
  ): Promise<R[]> {
    const runner = manager.queryRunner ?? this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const result = await client.query<R>({ name: statement.name, text: statement.sql, values: statement.parameters });
      return result.rows;
    } finally {
      if (runner !== manager.queryRunner) await runner.release();
    }
  }
}
