import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  EditConflict,
  escapeLike,
  NotFound,
  Page,
  pageWindow,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import { blankToNull, GROUP_STAGE_LABELS, londonToday, ROLES_COORDINATING, Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Agency, Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';
import {
  GroupAgency,
  GroupEvent,
  GroupOfficer,
  GroupPremises,
  TaskAndFinishGroup,
} from './task-and-finish-group.entity';
import { Task } from './task.entity';
import { groupProblems, stageChangeProblems } from './group.rules';
import { whereGroupVisible } from './group-scope';
import { recordGroupEvent } from './group-timeline';
import type { GroupFilter, GroupInput, GroupStageInput, NewGroupInput } from './group.types';

export interface UserSummary {
  id: string;
  displayName: string;
  agencyId: string;
}

const AUDITED = 'task_and_finish_group';

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  // Reading ------------------------------------------------------------------------------

  async search(
    viewer: Viewer | null,
    filter: GroupFilter,
    page: { page: number; pageSize: number },
  ): Promise<Page<TaskAndFinishGroup>> {
    const { offset, limit } = pageWindow(page);
    let total = 0;
    const items = await this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Task and finish groups: list groups' },
      async (manager) => {
        const query = whereGroupVisible(
          manager.getRepository(TaskAndFinishGroup).createQueryBuilder('g'),
          viewer,
          'g.id',
        );
        if (filter.stages?.length) query.andWhere('g.stage IN (:...stages)', { stages: filter.stages });
        const text = filter.text?.trim();
        if (text) {
          query.andWhere('(g.name ILIKE :text OR g.objective ILIKE :text)', { text: `%${escapeLike(text)}%` });
        }
        const [rows, count] = await query
          .orderBy('g.updated_at', 'DESC')
          .addOrderBy('g.id', 'ASC')
          .skip(offset)
          .take(limit)
          .getManyAndCount();
        total = count;
        return rows;
      },
    );
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async get(viewer: Viewer | null, id: string): Promise<TaskAndFinishGroup> {
    const [group] = await this.groupsByIds(viewer, [id]);
    if (!group) throw new NotFound('The task and finish group');
    return group;
  }

  groupsByIds(viewer: Viewer | null, ids: readonly string[]): Promise<TaskAndFinishGroup[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Task and finish groups: view a group' },
      (manager) =>
        whereGroupVisible(manager.getRepository(TaskAndFinishGroup).createQueryBuilder('g'), viewer, 'g.id')
          .andWhere('g.id IN (:...ids)', { ids })
          .getMany(),
    );
  }

  premisesLinksOf(groupIds: readonly string[]): Promise<GroupPremises[]> {
    return this.db
      .getRepository(GroupPremises)
      .find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC' } });
  }

  agencyLinksOf(groupIds: readonly string[]): Promise<GroupAgency[]> {
    return this.db
      .getRepository(GroupAgency)
      .find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC' } });
  }

  officerLinksOf(groupIds: readonly string[]): Promise<GroupOfficer[]> {
    return this.db
      .getRepository(GroupOfficer)
      .find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC' } });
  }

  timelineOf(groupIds: readonly string[]): Promise<GroupEvent[]> {
    return this.db
      .getRepository(GroupEvent)
      .find({ where: { groupId: In([...groupIds]) }, order: { occurredAt: 'DESC', id: 'ASC' } });
  }

  /** Open and overdue task counts per group, for the board. */
  async taskCountsOf(groupIds: readonly string[]): Promise<{ groupId: string; open: number; overdue: number }[]> {
    const rows: { group_id: string; open: string; overdue: string }[] = await this.db.query(
      `SELECT group_id,
              count(*) FILTER (WHERE status NOT IN ('DONE', 'CANCELLED')) AS open,
              count(*) FILTER (WHERE status NOT IN ('DONE', 'CANCELLED') AND due_on < $2::date) AS overdue
         FROM task WHERE group_id = ANY($1::uuid[]) GROUP BY group_id`,
      [groupIds, londonToday()],
    );
    return rows.map((row) => ({ groupId: row.group_id, open: Number(row.open), overdue: Number(row.overdue) }));
  }

  /** Users' names, for coordinators and the timeline: no email or other personal detail. */
  async usersByIds(ids: readonly string[]): Promise<UserSummary[]> {
    const rows: { id: string; display_name: string; agency_id: string }[] = await this.db.query(
      'SELECT id, display_name, agency_id FROM user_account WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, agencyId: row.agency_id }));
  }

  /** Users who may coordinate a group (active users with a coordinating role), for the group form. */
  async coordinatorCandidates(): Promise<UserSummary[]> {
    const rows: { id: string; display_name: string; agency_id: string }[] = await this.db.query(
      `SELECT id, display_name, agency_id FROM user_account
        WHERE disabled_at IS NULL AND role = ANY($1::text[]) ORDER BY display_name`,
      [ROLES_COORDINATING],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, agencyId: row.agency_id }));
  }

  // Forming and changing a group -----------------------------------------------------------

  async create(viewer: Viewer | null, input: NewGroupInput): Promise<TaskAndFinishGroup> {
    this.assertNewGroupInput(input);
    return this.db.transaction((manager) => this.createWithin(manager, viewer, input));
  }

  /** Checks a new group before any transaction; field errors as the group form names them. */
  assertNewGroupInput(input: NewGroupInput): void {
    assertValid(groupProblems(input));
    if (new Set(input.premisesIds).size === 0)
      throw new ValidationFailed([{ field: 'premisesIds', message: 'Choose at least one premises' }]);
  }

  /**
   * Forms a group inside the caller's transaction (e.g. a decision of the weekly intelligence meeting), with the
   * same rules, sharing, audit and timeline as forming one from a premises. Call assertNewGroupInput first.
   */
  async createWithin(manager: EntityManager, viewer: Viewer | null, input: NewGroupInput): Promise<TaskAndFinishGroup> {
    const premisesIds = [...new Set(input.premisesIds)];
    const memberAgencyIds = [...new Set([input.leadAgencyId, ...input.memberAgencyIds])];
    await this.assertAgenciesExist(manager, memberAgencyIds, 'memberAgencyIds');
    const coordinatorUserId = await this.coordinatorFor(manager, input.coordinatorUserId ?? viewer?.userId ?? null);
    if (!coordinatorUserId)
      throw new ValidationFailed([{ field: 'coordinatorUserId', message: 'Choose a coordinator' }]);
    const premises = await manager.findBy(Premises, { id: In(premisesIds) });
    if (premises.length !== premisesIds.length) throw new NotFound('A premises');
    const group = await manager.save(
      manager.create(TaskAndFinishGroup, {
        ...groupColumns(input),
        coordinatorUserId,
        stage: 'TASKING',
        createdByUserId: viewer?.userId ?? null,
      }),
    );
    await manager.insert(
      GroupPremises,
      premisesIds.map((premisesId) => ({ groupId: group.id, premisesId })),
    );
    await manager.insert(
      GroupAgency,
      memberAgencyIds.map((agencyId) => ({ groupId: group.id, agencyId })),
    );
    await this.audit.record(manager, viewer, {
      action: 'COLLECTION',
      entityType: AUDITED,
      entityIds: [group.id, ...premisesIds],
      purpose: 'Task and finish groups: form a group',
      details: { premises: premisesIds.length, agencies: memberAgencyIds.length },
    });
    await this.shareGroupPremises(manager, viewer, premisesIds, memberAgencyIds);
    await this.markUnderOperation(manager, viewer, premisesIds);
    await recordGroupEvent(manager, viewer, group.id, {
      kind: 'GROUP_FORMED',
      summary: `Group formed for ${premises.map((p) => p.name).join(', ')}`,
    });
    return group;
  }

  async update(viewer: Viewer | null, id: string, version: number, input: GroupInput): Promise<TaskAndFinishGroup> {
    assertValid(groupProblems(input));
    return this.db.transaction(async (manager) => {
      await this.lockAtVersion(manager, viewer, id, version);
      const coordinatorUserId = await this.coordinatorFor(manager, input.coordinatorUserId ?? null);
      await this.assertAgenciesExist(manager, [input.leadAgencyId], 'leadAgencyId');
      const group = await updateAtVersion(manager, TaskAndFinishGroup, 'This group', id, version, {
        ...groupColumns(input),
        ...(coordinatorUserId ? { coordinatorUserId } : {}),
      });
      // The lead agency is always a member, and so sees the group's premises.
      const joined = await manager
        .createQueryBuilder()
        .insert()
        .into(GroupAgency)
        .values({ groupId: id, agencyId: input.leadAgencyId })
        .orIgnore()
        .execute();
      if (joined.identifiers.some(Boolean)) {
        const premisesIds = (await manager.findBy(GroupPremises, { groupId: id })).map((link) => link.premisesId);
        await this.shareGroupPremises(manager, viewer, premisesIds, [input.leadAgencyId]);
      }
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Task and finish groups: edit a group',
        details: { version: group.version },
      });
      await recordGroupEvent(manager, viewer, id, { kind: 'GROUP_CHANGED', summary: 'Group details changed' });
      return group;
    });
  }

  async changeStage(
    viewer: Viewer | null,
    id: string,
    version: number,
    input: GroupStageInput,
  ): Promise<TaskAndFinishGroup> {
    return this.db.transaction(async (manager) => {
      const current = await this.lockAtVersion(manager, viewer, id, version);
      // A closure summary written on entering closure carries on to monitoring and closed.
      const closureSummary = input.closureSummary?.trim() ? input.closureSummary : current.closureSummary;
      assertValid(stageChangeProblems(current.stage, { ...input, closureSummary }, londonToday()));
      const to = input.stage;
      const group = await updateAtVersion(manager, TaskAndFinishGroup, 'This group', id, version, {
        stage: to,
        ...(input.closureSummary?.trim() ? { closureSummary: input.closureSummary.trim() } : {}),
        ...(to === 'MONITORING'
          ? { reviewSchedule: input.reviewSchedule!, monitoringEndsOn: input.monitoringEndsOn! }
          : {}),
        closedAt: to === 'CLOSED' ? new Date() : null,
      });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Task and finish groups: move a group through its lifecycle',
        details: { from: current.stage, to },
      });
      const note = blankToNull(input.note);
      await recordGroupEvent(manager, viewer, id, {
        kind: 'STAGE_CHANGED',
        summary: `Moved from ${GROUP_STAGE_LABELS[current.stage].toLowerCase()} to ${GROUP_STAGE_LABELS[to].toLowerCase()}${note ? `: ${note}` : ''}`,
      });
      return group;
    });
  }

  // Premises and members -------------------------------------------------------------------

  async addPremises(
    viewer: Viewer | null,
    id: string,
    version: number,
    premisesId: string,
  ): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager) => {
      const premises = await manager.findOneBy(Premises, { id: premisesId });
      if (!premises) throw new NotFound('The premises');
      if (await manager.existsBy(GroupPremises, { groupId: id, premisesId })) {
        throw new ValidationFailed([
          { field: 'premisesId', message: 'This premises is already a target of the group' },
        ]);
      }
      await manager.insert(GroupPremises, { groupId: id, premisesId });
      const agencyIds = (await manager.findBy(GroupAgency, { groupId: id })).map((link) => link.agencyId);
      await this.shareGroupPremises(manager, viewer, [premisesId], agencyIds);
      await this.markUnderOperation(manager, viewer, [premisesId]);
      return { kind: 'PREMISES_ADDED', summary: `${premises.name} added as a target`, entityIds: [premisesId] };
    });
  }

  async removePremises(
    viewer: Viewer | null,
    id: string,
    version: number,
    premisesId: string,
  ): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager) => {
      const premises = await manager.findOneBy(Premises, { id: premisesId });
      if ((await manager.countBy(GroupPremises, { groupId: id })) <= 1) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'A group targets at least one premises: add another before removing this one.',
        );
      }
      const removed = await manager.delete(GroupPremises, { groupId: id, premisesId });
      if (!removed.affected || !premises) throw new NotFound('That premises of the group');
      return { kind: 'PREMISES_REMOVED', summary: `${premises.name} no longer a target`, entityIds: [premisesId] };
    });
  }

  async addAgency(viewer: Viewer | null, id: string, version: number, agencyId: string): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager) => {
      const agency = await manager.findOneBy(Agency, { id: agencyId });
      if (!agency) throw new NotFound('The agency');
      if (await manager.existsBy(GroupAgency, { groupId: id, agencyId })) {
        throw new ValidationFailed([{ field: 'agencyId', message: 'This agency is already a member of the group' }]);
      }
      await manager.insert(GroupAgency, { groupId: id, agencyId });
      const premisesIds = (await manager.findBy(GroupPremises, { groupId: id })).map((link) => link.premisesId);
      await this.shareGroupPremises(manager, viewer, premisesIds, [agencyId]);
      return { kind: 'AGENCY_JOINED', summary: `${agency.name} joined the group`, entityIds: [agencyId] };
    });
  }

  async removeAgency(
    viewer: Viewer | null,
    id: string,
    version: number,
    agencyId: string,
  ): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager, group) => {
      if (group.leadAgencyId === agencyId) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'The lead agency cannot leave the group: choose another lead agency first.',
        );
      }
      const openTasks = await manager
        .getRepository(Task)
        .createQueryBuilder('t')
        .where('t.group_id = :id AND t.owner_agency_id = :agencyId', { id, agencyId })
        .andWhere("t.status NOT IN ('DONE', 'CANCELLED')")
        .getCount();
      if (openTasks) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          `This agency owns ${openTasks} open task${openTasks === 1 ? '' : 's'} in the group: give them to another agency first.`,
        );
      }
      const agency = await manager.findOneBy(Agency, { id: agencyId });
      const removed = await manager.delete(GroupAgency, { groupId: id, agencyId });
      if (!removed.affected || !agency) throw new NotFound('That member agency');
      await manager.query(
        `DELETE FROM group_officer link USING officer WHERE link.officer_id = officer.id AND link.group_id = $1 AND officer.agency_id = $2`,
        [id, agencyId],
      );
      return { kind: 'AGENCY_LEFT', summary: `${agency.name} left the group`, entityIds: [agencyId] };
    });
  }

  async addOfficer(viewer: Viewer | null, id: string, version: number, officerId: string): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager) => {
      const officer = await manager.findOneBy(Officer, { id: officerId });
      if (!officer) throw new NotFound('The officer');
      if (!officer.active)
        throw new ValidationFailed([{ field: 'officerId', message: 'This officer has left their agency' }]);
      if (!(await manager.existsBy(GroupAgency, { groupId: id, agencyId: officer.agencyId }))) {
        throw new ValidationFailed([{ field: 'officerId', message: 'Add the officer’s agency to the group first' }]);
      }
      if (await manager.existsBy(GroupOfficer, { groupId: id, officerId })) {
        throw new ValidationFailed([{ field: 'officerId', message: 'This officer is already on the group' }]);
      }
      await manager.insert(GroupOfficer, { groupId: id, officerId });
      return { kind: 'OFFICER_JOINED', summary: `${officer.name} joined the group`, entityIds: [officerId] };
    });
  }

  async removeOfficer(
    viewer: Viewer | null,
    id: string,
    version: number,
    officerId: string,
  ): Promise<TaskAndFinishGroup> {
    return this.changeMembership(viewer, id, version, async (manager) => {
      const officer = await manager.findOneBy(Officer, { id: officerId });
      const removed = await manager.delete(GroupOfficer, { groupId: id, officerId });
      if (!removed.affected || !officer) throw new NotFound('That officer of the group');
      return { kind: 'OFFICER_LEFT', summary: `${officer.name} left the group`, entityIds: [officerId] };
    });
  }

  /**
   * A change to who or what is in a group: checked against the version the user saw (and bumping it),
   * audited and put on the timeline in one transaction.
   */
  private changeMembership(
    viewer: Viewer | null,
    id: string,
    version: number,
    change: (
      manager: EntityManager,
      group: TaskAndFinishGroup,
    ) => Promise<{ kind: string; summary: string; entityIds: string[] }>,
  ): Promise<TaskAndFinishGroup> {
    return this.db.transaction(async (manager) => {
      const before = await this.lockAtVersion(manager, viewer, id, version);
      if (before.stage === 'CLOSED') {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'This group is closed: its members and premises can no longer change.',
        );
      }
      const group = await updateAtVersion(manager, TaskAndFinishGroup, 'This group', id, version, {});
      const done = await change(manager, before);
      await this.audit.record(manager, viewer, {
        action: done.kind.endsWith('ADDED') || done.kind.endsWith('JOINED') ? 'COMBINATION' : 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id, ...done.entityIds],
        purpose: 'Task and finish groups: change members or target premises',
        details: { change: done.kind },
      });
      await recordGroupEvent(manager, viewer, id, { kind: done.kind, summary: done.summary });
      return group;
    });
  }

  // Helpers --------------------------------------------------------------------------------

  /**
   * Holds the group's row for the rest of the transaction, as the user saw it: NOT_FOUND when they may not
   * see it, CONFLICT when someone else changed it since.
   */
  async lockAtVersion(
    manager: EntityManager,
    viewer: Viewer | null,
    id: string,
    version: number,
  ): Promise<TaskAndFinishGroup> {
    const group = await whereGroupVisible(
      manager.getRepository(TaskAndFinishGroup).createQueryBuilder('g'),
      viewer,
      'g.id',
    )
      .setLock('pessimistic_write')
      .andWhere('g.id = :id', { id })
      .getOne();
    if (!group) throw new NotFound('The task and finish group');
    if (group.version !== version) throw new EditConflict('This group');
    return group;
  }

  /** Member agencies see the group's premises: sharing them is a disclosure, recorded with its recipients. */
  private async shareGroupPremises(
    manager: EntityManager,
    viewer: Viewer | null,
    premisesIds: string[],
    agencyIds: string[],
  ): Promise<void> {
    if (!premisesIds.length || !agencyIds.length) return;
    const shared: { premises_id: string; agency_id: string }[] = await manager.query(
      `INSERT INTO premises_agency (premises_id, agency_id, added_by_user_id)
       SELECT p, a, $3 FROM unnest($1::uuid[]) p CROSS JOIN unnest($2::uuid[]) a
       ON CONFLICT (premises_id, agency_id) DO NOTHING
       RETURNING premises_id, agency_id`,
      [premisesIds, agencyIds, viewer?.userId ?? null],
    );
    if (!shared.length) return;
    await this.audit.record(manager, viewer, {
      action: 'DISCLOSURE',
      entityType: 'premises',
      entityIds: [...new Set(shared.map((row) => row.premises_id))],
      recipients: [...new Set(shared.map((row) => row.agency_id))],
      purpose: 'Task and finish groups: share the group’s premises with its member agencies',
    });
  }

  /** A premises a group forms around is under operation (unless it has already moved on). */
  private async markUnderOperation(
    manager: EntityManager,
    viewer: Viewer | null,
    premisesIds: string[],
  ): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE premises SET status = 'UNDER_OPERATION', version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = 'OF_CONCERN' RETURNING id`,
      [premisesIds],
    );
    if (!rows.length) return;
    await this.audit.record(manager, viewer, {
      action: 'ALTERATION',
      entityType: 'premises',
      entityIds: rows.map((row) => row.id),
      purpose: 'Task and finish groups: premises under operation',
      details: { status: 'UNDER_OPERATION' },
    });
  }

  private async assertAgenciesExist(manager: EntityManager, ids: string[], field: string): Promise<void> {
    const found = await manager.countBy(Agency, { id: In(ids) });
    if (found !== ids.length) throw new ValidationFailed([{ field, message: 'Choose agencies from the list' }]);
  }

  /** The coordinator must be an active user with a coordinating role; null keeps the current one. */
  private async coordinatorFor(manager: EntityManager, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [row]: { id: string }[] = await manager.query(
      'SELECT id FROM user_account WHERE id = $1 AND disabled_at IS NULL AND role = ANY($2::text[])',
      [userId, ROLES_COORDINATING],
    );
    if (!row) {
      throw new ValidationFailed([
        {
          field: 'coordinatorUserId',
          message: 'The coordinator must be an active coordinator, intelligence officer or administrator',
        },
      ]);
    }
    return row.id;
  }
}

function groupColumns(input: GroupInput) {
  return {
    name: input.name.trim(),
    objective: input.objective.trim(),
    termsOfReference: input.termsOfReference?.trim() ?? '',
    leadAgencyId: input.leadAgencyId,
  };
}
