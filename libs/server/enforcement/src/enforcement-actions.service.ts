import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  EditConflict,
  NotFound,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import {
  CLOSING_ACTION_KINDS,
  ENFORCEMENT_ACTION_KIND_LABELS,
  ENFORCEMENT_ACTION_STATUS_LABELS,
  formatCalendarDate,
  formatDateTimeInLondon,
  londonToday,
  mayCoordinate,
  scopingAgency,
} from '@lantern/shared/domain';
import type { EnforcementActionStatus, PremisesStatus, Viewer } from '@lantern/shared/domain';
import { raiseMonitoringAlerts } from '@lantern/server/monitoring';
import { AuditLog } from '@lantern/server/audit';
import { Agency, Officer } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Premises, PremisesPerson, premisesSharedWith } from '@lantern/server/premises';
import { GroupAgency, recordGroupEvent, scheduleTaskReminders, Task } from '@lantern/server/groups';
import { VisitAgency, VisitPlan, VisitRecord } from '@lantern/server/visits';
import { orderExpiryTime, Reminders } from '@lantern/server/reminders';
import { EnforcementAction, EnforcementActionStatusChange } from './enforcement-action.entity';
import {
  enforcementActionFieldProblems,
  enforcementActionLawProblems,
  followUpsOf,
  premisesStatusAfter,
  premisesStatusWhenClosingEnds,
  SPENT_ACTION_STATUSES,
  statusChangeProblems,
} from './enforcement-action.rules';
import type { RecordEnforcementActionInput } from './enforcement-action.types';

const AUDITED = 'enforcement_action';
const ACTION = 'This enforcement action';

const badInput = (field: string, message: string) => new ValidationFailed([{ field, message }]);
const dayOrNull = (value: string | null | undefined) => value?.trim() || null;

/**
 * Recording what agencies did at premises, and how it stands over time (domain.md, steps 5 and 6). Each use
 * case is one transaction with its audit entry, the premises' status, the group's timeline and the follow-up
 * tasks; reads are limited to premises the viewer's agency may see.
 */
@Injectable()
export class EnforcementActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** An agency officer sees the actions at premises shared with their agency; coordinating roles see all. */
  private visible<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    viewer: Viewer | null,
    premisesIdColumn: string,
  ) {
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return query;
    return query.andWhere(premisesSharedWith(premisesIdColumn, ':scopeAgencyId'), { scopeAgencyId: agencyId });
  }

  private actions(manager: EntityManager, viewer: Viewer | null) {
    return this.visible(
      manager.getRepository(EnforcementAction).createQueryBuilder('action'),
      viewer,
      'action.premises_id',
    );
  }

  // Reads ---------------------------------------------------------------------------------

  async get(viewer: Viewer | null, id: string): Promise<EnforcementAction> {
    const [action] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Enforcement actions: view an action' },
      (manager) => this.actions(manager, viewer).andWhere('action.id = :id', { id }).getMany(),
    );
    if (!action) throw new NotFound('The enforcement action');
    return action;
  }

  /** The actions at these premises, newest first. */
  actionsOfPremises(viewer: Viewer | null, premisesIds: readonly string[]): Promise<EnforcementAction[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Enforcement actions: actions at a premises' },
      (manager) =>
        this.actions(manager, viewer)
          .andWhere('action.premises_id IN (:...premisesIds)', { premisesIds })
          .orderBy('action.taken_on', 'DESC')
          .addOrderBy('action.created_at', 'DESC')
          .getMany(),
    );
  }

  /** The actions taken at these visits, newest first. */
  actionsOfVisits(viewer: Viewer | null, visitPlanIds: readonly string[]): Promise<EnforcementAction[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Enforcement actions: actions at a visit' },
      (manager) =>
        this.actions(manager, viewer)
          .andWhere('action.visit_plan_id IN (:...visitPlanIds)', { visitPlanIds })
          .orderBy('action.taken_on', 'DESC')
          .addOrderBy('action.created_at', 'DESC')
          .getMany(),
    );
  }

  /** The status history of these actions, oldest first (the parents were already scoped). */
  historyOf(actionIds: readonly string[]): Promise<EnforcementActionStatusChange[]> {
    return this.db.getRepository(EnforcementActionStatusChange).find({
      where: { actionId: In([...actionIds]) },
      order: { changedOn: 'ASC', at: 'ASC' },
    });
  }

  powersByIds(ids: readonly string[]): Promise<Power[]> {
    return this.db.getRepository(Power).findBy({ id: In([...ids]) });
  }

  // Recording -------------------------------------------------------------------------------

  async record(viewer: Viewer, input: RecordEnforcementActionInput): Promise<EnforcementAction> {
    const today = londonToday();
    assertValid(enforcementActionFieldProblems(input, today));
    if (scopingAgency(viewer) && input.agencyId !== viewer.agencyId) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        'You can record actions for your own agency only: ask a coordinator to record one for another agency.',
      );
    }
    return this.db.transaction(async (manager) => {
      // A key-share lock: the premises cannot be erased, nor reopened (changeStatus locks it for update), while the
      // action is recorded; officers recording at the same premises at once do not wait for each other.
      const premises = await this.visible(manager.getRepository(Premises).createQueryBuilder('p'), viewer, 'p.id')
        .setLock('for_key_share')
        .andWhere('p.id = :id', { id: input.premisesId })
        .getOne();
      if (!premises) throw new NotFound('The premises');
      const agency = await manager.findOneBy(Agency, { id: input.agencyId });
      if (!agency) throw badInput('agencyId', 'Choose the agency that took the action from the list');
      const power = input.powerId ? await manager.findOneBy(Power, { id: input.powerId }) : null;
      if (input.powerId && !power) throw badInput('powerId', 'Choose a power from the list');
      assertValid(enforcementActionLawProblems(input, agency, power, premises));
      if (
        input.personId &&
        !(await manager.existsBy(PremisesPerson, { premisesId: premises.id, personId: input.personId }))
      )
        throw badInput('personId', 'Choose a person linked to this premises');
      const plan = input.visitPlanId ? await this.visitOf(manager, viewer, input.visitPlanId) : null;
      if (plan?.status === 'CANCELLED')
        throw badInput('visitPlanId', 'The visit was cancelled: record the action outside the visit');
      if (plan) await this.assertVisitUnderWay(manager, plan, input.takenOn.trim());
      if (plan && plan.premisesId !== premises.id)
        throw badInput('visitPlanId', 'The visit was to another premises: record the action at that premises');
      if (plan && !(await manager.existsBy(VisitAgency, { visitPlanId: plan.id, agencyId: agency.id })))
        throw badInput('agencyId', `${agency.name} does not attend this visit: record the action outside the visit`);

      const onBehalf = viewer.agencyId !== agency.id;
      const action = await manager.save(
        manager.create(EnforcementAction, {
          premisesId: premises.id,
          visitPlanId: plan?.id ?? null,
          agencyId: agency.id,
          powerId: power?.id ?? null,
          personId: input.personId || null,
          kind: input.kind,
          takenOn: input.takenOn.trim(),
          details: input.details.trim(),
          complianceDeadline: dayOrNull(input.complianceDeadline),
          endsOn: dayOrNull(input.endsOn),
          indefinite: !!input.indefinite,
          courtDate: dayOrNull(input.courtDate),
          reviewOn: dayOrNull(input.reviewOn),
          status: 'SERVED',
          recordedByUserId: viewer.userId,
          recordedOnBehalf: onBehalf,
        }),
      );
      await manager.insert(EnforcementActionStatusChange, {
        actionId: action.id,
        status: 'SERVED',
        changedOn: action.takenOn,
        note: '',
        userId: viewer.userId,
      });
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: AUDITED,
        entityIds: [action.id, premises.id],
        purpose: 'Enforcement actions: record an action',
        details: {
          kind: action.kind,
          ...(onBehalf ? { onBehalfOfAgencyId: agency.id } : {}),
          ...(plan ? { visitPlanId: plan.id } : {}),
        },
      });
      await this.movePremises(manager, viewer, premises, action);

      const what = power?.name ?? ENFORCEMENT_ACTION_KIND_LABELS[action.kind];
      const summary = `${agency.name}: ${ENFORCEMENT_ACTION_KIND_LABELS[action.kind].toLowerCase()} at ${premises.name}${power ? ` under “${power.name}”` : ''}`;
      const groupIds = await this.openGroupsOf(manager, premises.id, plan?.groupId ?? null);
      for (const groupId of groupIds)
        await recordGroupEvent(manager, viewer, groupId, {
          kind: 'ENFORCEMENT_ACTION_RECORDED',
          summary,
          subjectId: action.id,
        });
      await raiseMonitoringAlerts(manager, {
        source: 'ENFORCEMENT_ACTION',
        sourceId: action.id,
        premisesIds: [premises.id],
        personIds: action.personId ? [action.personId] : [],
        summary,
      });
      await this.createFollowUps(manager, viewer, action, what, premises, groupIds[0] ?? null);
      await scheduleOrderExpiry(manager, action, `${what} at ${premises.name}`);
      return action;
    });
  }

  async changeStatus(
    viewer: Viewer,
    id: string,
    version: number,
    input: { status: EnforcementActionStatus; changedOn: string | null | undefined; note: string | null | undefined },
  ): Promise<EnforcementAction> {
    const existing = await this.get(viewer, id);
    if (!mayCoordinate(viewer.role) && existing.agencyId !== viewer.agencyId) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        'Only the agency that took this action, or a coordinator, can change its status.',
      );
    }
    // A stale version is a conflict before anything else: the moves allowed depend on the status they saw.
    if (existing.version !== version) throw new EditConflict(ACTION);
    const changedOn = input.changedOn?.trim() || londonToday();
    assertValid(statusChangeProblems(existing.status, { ...input, changedOn }, existing.takenOn, londonToday()));
    return this.db.transaction(async (manager) => {
      const action = await updateAtVersion(manager, EnforcementAction, ACTION, id, version, { status: input.status });
      await manager.insert(EnforcementActionStatusChange, {
        actionId: id,
        status: input.status,
        changedOn,
        note: input.note?.trim() ?? '',
        userId: viewer.userId,
      });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Enforcement actions: change the status of an action',
        details: { from: existing.status, to: input.status, changedOn },
      });
      // Locked for update: an action recorded meanwhile (which takes a key-share lock) is seen before deciding to reopen.
      const premises = await manager
        .getRepository(Premises)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: action.premisesId })
        .getOneOrFail();
      await this.reopenPremises(manager, viewer, premises, action);
      const power = action.powerId ? await manager.findOneBy(Power, { id: action.powerId }) : null;
      await scheduleOrderExpiry(
        manager,
        action,
        `${power?.name ?? ENFORCEMENT_ACTION_KIND_LABELS[action.kind]} at ${premises.name}`,
      );
      const plan = action.visitPlanId ? await manager.findOneBy(VisitPlan, { id: action.visitPlanId }) : null;
      for (const groupId of await this.openGroupsOf(manager, action.premisesId, plan?.groupId ?? null)) {
        await recordGroupEvent(manager, viewer, groupId, {
          kind: 'ENFORCEMENT_ACTION_STATUS_CHANGED',
          summary: `${ENFORCEMENT_ACTION_KIND_LABELS[action.kind]} at ${premises.name}: ${ENFORCEMENT_ACTION_STATUS_LABELS[existing.status].toLowerCase()} → ${ENFORCEMENT_ACTION_STATUS_LABELS[input.status].toLowerCase()}`,
          subjectId: id,
        });
      }
      return action;
    });
  }

  // Effects -----------------------------------------------------------------------------------

  private async visitOf(manager: EntityManager, viewer: Viewer, visitPlanId: string): Promise<VisitPlan> {
    const agencyId = scopingAgency(viewer);
    const query = manager.getRepository(VisitPlan).createQueryBuilder('plan').where('plan.id = :visitPlanId', {
      visitPlanId,
    });
    if (agencyId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM group_agency member WHERE member.group_id = plan.group_id AND member.agency_id = :memberAgencyId)',
        { memberAgencyId: agencyId },
      );
    const plan = await query.getOne();
    if (!plan) throw badInput('visitPlanId', 'The visit was not found, or you do not have access to it');
    return plan;
  }

  /** Moves the premises' status as the action leads to, bumping its version so open edit forms see the change. */
  private async movePremises(
    manager: EntityManager,
    viewer: Viewer,
    premises: Premises,
    action: EnforcementAction,
  ): Promise<void> {
    let current: PremisesStatus = premises.status;
    // Compare and set: another action at the same premises may move it first; then decide again from where it left it.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const next = premisesStatusAfter(action.kind, current);
      if (!next) return;
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE premises SET status = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND status = $3 RETURNING id`,
        [premises.id, next, current],
      );
      if (rows.length) {
        await this.audit.record(manager, viewer, {
          action: 'ALTERATION',
          entityType: 'premises',
          entityIds: [premises.id],
          purpose: 'Enforcement actions: premises status after an action',
          details: { from: current, status: next, enforcementActionId: action.id },
        });
        return;
      }
      const [latest]: { status: PremisesStatus }[] = await manager.query('SELECT status FROM premises WHERE id = $1', [
        premises.id,
      ]);
      current = latest.status;
    }
    throw new Error('The premises status kept changing while an action was recorded');
  }

  /**
   * An action at a visit is taken once it is under way (its start, or the time it was recorded as starting, has
   * come) and is not dated before it.
   */
  private async assertVisitUnderWay(manager: EntityManager, plan: VisitPlan, takenOn: string): Promise<void> {
    const record = await manager.findOneBy(VisitRecord, { visitPlanId: plan.id });
    const start = record?.startedAt ?? plan.startsAt;
    if (start > new Date())
      throw badInput(
        'visitPlanId',
        `The visit starts on ${formatDateTimeInLondon(start)}: record the action once it is under way, or outside the visit`,
      );
    if (takenOn < londonToday(start))
      throw badInput(
        'takenOn',
        `An action at the visit cannot be dated before the visit, ${formatCalendarDate(londonToday(start))}`,
      );
  }

  /** A closed premises reopens when its last closing action is withdrawn or expires (premisesStatusWhenClosingEnds). */
  private async reopenPremises(
    manager: EntityManager,
    viewer: Viewer,
    premises: Premises,
    action: EnforcementAction,
  ): Promise<void> {
    const [facts]: { other_closing: boolean; monitored: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM enforcement_action other
                       WHERE other.premises_id = $1 AND other.id <> $2
                         AND other.kind = ANY($3::text[]) AND other.status <> ALL($4::text[])) AS other_closing,
              EXISTS (SELECT 1 FROM monitored_subject s JOIN monitoring m ON m.id = s.monitoring_id
                       WHERE s.premises_id = $1 AND m.status = 'ACTIVE') AS monitored`,
      [premises.id, action.id, CLOSING_ACTION_KINDS, SPENT_ACTION_STATUSES],
    );
    const next = premisesStatusWhenClosingEnds(action.kind, action.status, premises.status, {
      otherClosingInForce: facts.other_closing,
      monitored: facts.monitored,
    });
    if (!next) return;
    await manager.query(
      `UPDATE premises SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status = 'CLOSED'`,
      [premises.id, next],
    );
    await this.audit.record(manager, viewer, {
      action: 'ALTERATION',
      entityType: 'premises',
      entityIds: [premises.id],
      purpose: 'Enforcement actions: premises reopened when its closing action ended',
      details: { from: premises.status, status: next, enforcementActionId: action.id },
    });
  }

  /**
   * The open (not closed) task and finish groups targeting the premises, newest first; the visit's own group,
   * when it is one of them, comes first, so follow-ups land in it.
   */
  private async openGroupsOf(
    manager: EntityManager,
    premisesId: string,
    preferredGroupId: string | null,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT g.id FROM task_and_finish_group g JOIN group_premises gp ON gp.group_id = g.id
        WHERE gp.premises_id = $1 AND g.stage <> 'CLOSED'
        ORDER BY (g.id = $2::uuid) DESC NULLS LAST, g.created_at DESC, g.id`,
      [premisesId, preferredGroupId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * A task per date that needs someone to act on it, owned by the acting agency and, when the recorder is one
   * of its officers, by them. It goes in the open group when the agency is a member (a group's tasks are owned
   * by its members), else it stands alone on the premises, seen by the owning agency.
   */
  private async createFollowUps(
    manager: EntityManager,
    viewer: Viewer,
    action: EnforcementAction,
    what: string,
    premises: Premises,
    groupId: string | null,
  ): Promise<void> {
    const followUps = followUpsOf(action, what, premises.name);
    if (!followUps.length) return;
    const [recorder]: { officer_id: string | null }[] = await manager.query(
      'SELECT officer_id FROM user_account WHERE id = $1',
      [viewer.userId],
    );
    const officer = recorder?.officer_id ? await manager.findOneBy(Officer, { id: recorder.officer_id }) : null;
    const ownerOfficerId = officer && officer.active && officer.agencyId === action.agencyId ? officer.id : null;
    const inGroup =
      groupId && (await manager.existsBy(GroupAgency, { groupId, agencyId: action.agencyId })) ? groupId : null;
    for (const followUp of followUps) {
      const task = await manager.save(
        manager.create(Task, {
          groupId: inGroup,
          premisesId: premises.id,
          title: followUp.title,
          details: `Follow-up of the enforcement action recorded on ${action.takenOn}.`,
          ownerAgencyId: action.agencyId,
          ownerOfficerId,
          dueOn: followUp.dueOn,
          priority: followUp.kind === 'COURT' ? 'HIGH' : 'MEDIUM',
          status: 'OPEN',
          createdByUserId: viewer.userId,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'task',
        entityIds: inGroup ? [task.id, inGroup] : [task.id],
        purpose: 'Enforcement actions: follow-up task',
        details: { enforcementActionId: action.id, followUp: followUp.kind },
      });
      await scheduleTaskReminders(manager, task);
      if (inGroup)
        await recordGroupEvent(manager, viewer, inGroup, {
          kind: 'TASK_ADDED',
          summary: `Task added: ${task.title}`,
          subjectId: task.id,
        });
    }
  }
}

/**
 * An order with an end date: its agency is reminded before it ends, while it is in force (withdrawn or
 * expired cancels the reminder). In the caller's transaction.
 */
async function scheduleOrderExpiry(manager: EntityManager, action: EnforcementAction, what: string): Promise<void> {
  const inForce = !['WITHDRAWN', 'EXPIRED'].includes(action.status);
  const subject = { subjectType: 'enforcement_action', subjectId: action.id };
  await Reminders.replaceFor(
    manager,
    subject,
    orderExpiryTime({ endsOn: action.endsOn, inForce }, new Date()).map(({ kind, dueAt }) => ({
      ...subject,
      kind,
      dueAt,
      recipient: { type: 'AGENCY' as const, id: action.agencyId },
      title: `Ends on ${formatCalendarDate(action.endsOn)}: ${what}`,
      link: `/actions/${action.id}`,
    })),
    ['ORDER_EXPIRY'],
  );
}
