import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  EditConflict,
  FieldError,
  NotFound,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import { ATTENDANCE_RESPONSE_LABELS, formatDateTimeInLondon, mayCoordinate } from '@lantern/shared/domain';
import type { AttendanceResponse, Viewer, VisitStatus } from '@lantern/shared/domain';
import { raiseMonitoringAlerts } from '@lantern/server/monitoring';
import { AuditLog } from '@lantern/server/audit';
import { Agency, Officer } from '@lantern/server/agencies';
import { Power } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import {
  GroupAgency,
  GroupPremises,
  recordGroupEvent,
  TaskAndFinishGroup,
  whereGroupVisible,
} from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import { attendanceReminderTime, Reminders } from '@lantern/server/reminders';
import { VisitAgency, VisitOfficer, VisitPlan, VisitPower, VisitWarningAcknowledgement } from './visit-plan.entity';
import {
  acknowledgementProblems,
  attendingAgenciesProblems,
  FINISHED_VISIT_STATUSES,
  parseVisitTime,
  powerPurposeProblems,
  readinessProblems,
  responseNoteProblems,
  statusMoveProblem,
  visitDetailsProblems,
  VisitWarning,
  visitWarnings,
} from './visit-plan.rules';
import type { PlanVisitInput, VisitDetailsInput } from './visit-plan.types';

/** A law warning on a plan, with whether (and how) a coordinator acknowledged it. */
export interface VisitWarningView extends VisitWarning {
  visitPlanId: string;
  acknowledged: boolean;
  acknowledgedAt: Date | null;
  note: string | null;
}

/** The law checks of one plan: its warnings and how many agencies attend. */
export interface VisitLawChecks {
  visitPlanId: string;
  agencyCount: number;
  warnings: VisitWarningView[];
}

export interface VisitPlanOptions {
  groupId: string;
  groupName: string;
  premisesIds: string[];
  agencyIds: string[];
}

const PLAN = 'This visit plan';

const STATUS_EVENTS: Record<VisitStatus, string> = {
  DRAFT: 'Visit plan back to draft',
  READY: 'Visit plan ready: law checks acknowledged',
  COMPLETED: 'Visit completed',
  CANCELLED: 'Visit cancelled',
};

function detailColumns(input: VisitDetailsInput) {
  return {
    startsAt: parseVisitTime(input.startsAt)!,
    endsAt: input.endsAt?.trim() ? parseVisitTime(input.endsAt) : null,
    rendezvousPoint: input.rendezvousPoint?.trim() ?? '',
    riskLevel: input.riskLevel,
    riskAssessment: input.riskAssessment?.trim() ?? '',
    briefingNotes: input.briefingNotes?.trim() ?? '',
  };
}

const byAgencyName = (a: VisitAgency, b: VisitAgency) =>
  a.agency.name.localeCompare(b.agency.name, 'en-GB') || a.id.localeCompare(b.id);

const badInput = (field: string, message: string) => new ValidationFailed([{ field, message }]);

interface Change {
  purpose: string;
  event: { kind: string; summary: string };
  /** The ids of the rows the change touched, besides the plan. */
  entityIds?: string[];
  details?: Record<string, unknown>;
}

/**
 * Joint visit plans (domain.md, "The coordinator builds a joint visit plan"). Each use case is one
 * transaction that bumps the plan's version (so concurrent edits are detected), writes its audit entry and
 * appends to the group's timeline.
 */
@Injectable()
export class VisitPlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  // Reads ---------------------------------------------------------------------------------

  async get(viewer: Viewer | null, id: string): Promise<VisitPlan> {
    const [plan] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_plan', purpose: 'Visit plans: view a visit plan' },
      (manager) =>
        whereGroupVisible(manager.getRepository(VisitPlan).createQueryBuilder('plan'), viewer, 'plan.group_id')
          .andWhere('plan.id = :id', { id })
          .getMany(),
    );
    if (!plan) throw new NotFound('The visit plan');
    return plan;
  }

  /** The visit plans of these groups, soonest first, as the viewer may see them: for the groups context's pages. */
  visitPlansOfGroups(viewer: Viewer | null, groupIds: readonly string[]): Promise<VisitPlan[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_plan', purpose: 'Visit plans: the visits of a group' },
      (manager) =>
        whereGroupVisible(manager.getRepository(VisitPlan).createQueryBuilder('plan'), viewer, 'plan.group_id')
          .andWhere('plan.group_id IN (:...groupIds)', { groupIds })
          .orderBy('plan.starts_at', 'ASC')
          .addOrderBy('plan.id', 'ASC')
          .getMany(),
    );
  }

  /**
   * Visits still to happen (draft or ready, starting no more than 12 hours ago) that the viewer is asked to attend by
   * name (through their officer record) or that their agency attends: soonest first.
   */
  mine(viewer: Viewer): Promise<VisitPlan[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_plan', purpose: 'Visit plans: my visits' },
      (manager) =>
        whereGroupVisible(manager.getRepository(VisitPlan).createQueryBuilder('plan'), viewer, 'plan.group_id')
          .andWhere("plan.status IN ('DRAFT', 'READY') AND plan.starts_at >= now() - interval '12 hours'")
          .andWhere(
            `(EXISTS (SELECT 1 FROM visit_officer invited JOIN user_account me ON me.officer_id = invited.officer_id
                       WHERE invited.visit_plan_id = plan.id AND me.id = :userId)
              OR EXISTS (SELECT 1 FROM visit_agency attending
                          WHERE attending.visit_plan_id = plan.id AND attending.agency_id = :agencyId))`,
            { userId: viewer.userId, agencyId: viewer.agencyId },
          )
          .orderBy('plan.starts_at', 'ASC')
          .addOrderBy('plan.id', 'ASC')
          .take(100)
          .getMany(),
    );
  }

  /** The attending agencies of these plans, by agency name. */
  async agenciesOf(planIds: readonly string[]): Promise<VisitAgency[]> {
    const rows = await this.db
      .getRepository(VisitAgency)
      .find({ where: { visitPlanId: In([...planIds]) }, relations: { agency: true } });
    return rows.sort(byAgencyName);
  }

  officersOf(planIds: readonly string[]): Promise<VisitOfficer[]> {
    return this.db
      .getRepository(VisitOfficer)
      .find({ where: { visitPlanId: In([...planIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  powersOf(planIds: readonly string[]): Promise<VisitPower[]> {
    return this.db
      .getRepository(VisitPower)
      .find({ where: { visitPlanId: In([...planIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Officers' names and contact details are personal data: reading them is a consultation. */
  officersByIds(viewer: Viewer | null, ids: readonly string[]): Promise<Officer[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'officer', purpose: 'Visit plans: officers asked to attend' },
      (manager) => manager.findBy(Officer, { id: In([...ids]) }),
    );
  }

  powersByIds(ids: readonly string[]): Promise<Power[]> {
    return this.db.getRepository(Power).findBy({ id: In([...ids]) });
  }

  /** The law checks of these plans, computed from what is planned now, with their acknowledgements. */
  lawChecksOf(planIds: readonly string[]): Promise<VisitLawChecks[]> {
    return this.lawChecks(this.db.manager, planIds);
  }

  /** What a new plan for the group can use: its premises and member agencies. */
  async planOptions(groupId: string): Promise<VisitPlanOptions> {
    const group = await this.db.getRepository(TaskAndFinishGroup).findOneBy({ id: groupId });
    if (!group) throw new NotFound('The group');
    const [premises, agencies] = await Promise.all([
      this.db.getRepository(GroupPremises).find({ where: { groupId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.db.getRepository(GroupAgency).find({ where: { groupId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return {
      groupId,
      groupName: group.name,
      premisesIds: premises.map((p) => p.premisesId),
      agencyIds: agencies.map((a) => a.agencyId),
    };
  }

  private async lawChecks(manager: EntityManager, planIds: readonly string[]): Promise<VisitLawChecks[]> {
    if (planIds.length === 0) return [];
    const ids = [...planIds];
    const plans = await manager.findBy(VisitPlan, { id: In(ids) });
    const premisesIds = [...new Set(plans.map((plan) => plan.premisesId))];
    // One after another: inside a transaction they share one connection, which cannot run two queries at once.
    // Only the facts the law checks need (no names or addresses).
    const premises = await manager.find(Premises, {
      select: { id: true, kind: true, use: true, licensableActivity: true },
      where: { id: In(premisesIds) },
    });
    const agencies = (
      await manager.find(VisitAgency, { where: { visitPlanId: In(ids) }, relations: { agency: true } })
    ).sort(byAgencyName);
    const powers = await manager.find(VisitPower, {
      where: { visitPlanId: In(ids) },
      relations: { power: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const acks = await manager.findBy(VisitWarningAcknowledgement, { visitPlanId: In(ids) });
    const premisesById = new Map(premises.map((p) => [p.id, p]));
    return plans.map((plan) => {
      const attending = agencies.filter((a) => a.visitPlanId === plan.id);
      const warnings = visitWarnings({
        premises: premisesById.get(plan.premisesId)!,
        startsAt: plan.startsAt,
        agencies: attending.map((a) => ({
          agencyId: a.agencyId,
          name: a.agency.name,
          type: a.agency.type,
          entersPremises: a.entersPremises,
        })),
        powers: powers.filter((p) => p.visitPlanId === plan.id).map((p) => ({ agencyId: p.agencyId, power: p.power })),
      });
      const acksByKey = new Map(acks.filter((a) => a.visitPlanId === plan.id).map((a) => [a.warningKey, a]));
      return {
        visitPlanId: plan.id,
        agencyCount: attending.length,
        warnings: warnings.map((w) => {
          const ack = acksByKey.get(w.key);
          return {
            ...w,
            visitPlanId: plan.id,
            acknowledged: !!ack,
            acknowledgedAt: ack?.acknowledgedAt ?? null,
            note: ack ? ack.note : null,
          };
        }),
      };
    });
  }

  // Planning ------------------------------------------------------------------------------

  async planVisit(viewer: Viewer | null, input: PlanVisitInput): Promise<VisitPlan> {
    const agencies = input.agencies ?? [];
    assertValid([...visitDetailsProblems(input), ...attendingAgenciesProblems(agencies)]);
    return this.db.transaction(async (manager) => {
      const group = await manager
        .getRepository(TaskAndFinishGroup)
        .createQueryBuilder('g')
        .setLock('pessimistic_read')
        .where('g.id = :id', { id: input.groupId })
        .getOne();
      if (!group) throw new NotFound('The group');
      if (group.stage === 'CLOSED')
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'This group is closed: it cannot plan new visits.');
      const problems: FieldError[] = [];
      if (!(await manager.existsBy(GroupPremises, { groupId: group.id, premisesId: input.premisesId })))
        problems.push({ field: 'premisesId', message: 'Choose one of the group’s premises' });
      const members = new Set(
        (await manager.findBy(GroupAgency, { groupId: group.id })).map((member) => member.agencyId),
      );
      if (agencies.some((a) => !members.has(a.agencyId)))
        problems.push({ field: 'agencies', message: 'Choose agencies that are members of the group' });
      assertValid(problems);

      const plan = await manager.save(
        manager.create(VisitPlan, {
          ...detailColumns(input),
          groupId: group.id,
          premisesId: input.premisesId,
          status: 'DRAFT',
          createdByUserId: viewer?.userId ?? null,
        }),
      );
      if (agencies.length) {
        await manager.insert(
          VisitAgency,
          agencies.map((a) => ({ visitPlanId: plan.id, agencyId: a.agencyId, entersPremises: a.entersPremises })),
        );
      }
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'visit_plan',
        entityIds: [plan.id],
        purpose: 'Visit plans: plan a joint visit',
        details: { agencies: agencies.length },
      });
      await this.timeline(
        manager,
        viewer,
        plan,
        'VISIT_PLANNED',
        `Visit planned for ${await this.visitInWords(manager, plan)}`,
      );
      await raiseMonitoringAlerts(manager, {
        source: 'VISIT_PLAN',
        sourceId: plan.id,
        premisesIds: [plan.premisesId],
        summary: `Joint visit planned: ${await this.visitInWords(manager, plan)}`,
      });
      return plan;
    });
  }

  async updateDetails(viewer: Viewer | null, id: string, version: number, input: VisitDetailsInput) {
    assertValid(visitDetailsProblems(input));
    const columns = detailColumns(input);
    return this.change(viewer, id, version, columns, async (manager, plan) => ({
      purpose: 'Visit plans: change the details of a visit',
      event: { kind: 'VISIT_CHANGED', summary: `Visit details changed: ${await this.visitInWords(manager, plan)}` },
    }));
  }

  async addAgency(viewer: Viewer | null, id: string, version: number, agencyId: string, entersPremises: boolean) {
    return this.change(viewer, id, version, {}, async (manager, plan) => {
      if (!(await manager.existsBy(GroupAgency, { groupId: plan.groupId, agencyId })))
        throw badInput('agencyId', 'Choose an agency that is a member of the group');
      if (await manager.existsBy(VisitAgency, { visitPlanId: id, agencyId }))
        throw badInput('agencyId', 'This agency is already attending');
      const row = await manager.save(manager.create(VisitAgency, { visitPlanId: id, agencyId, entersPremises }));
      const agency = await manager.findOneByOrFail(Agency, { id: agencyId });
      return {
        purpose: 'Visit plans: add an attending agency',
        entityIds: [row.id],
        event: { kind: 'VISIT_CHANGED', summary: `${agency.name} will attend the visit` },
      };
    });
  }

  async removeAgency(viewer: Viewer | null, id: string, version: number, agencyId: string) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const row = await manager.findOne(VisitAgency, {
        where: { visitPlanId: id, agencyId },
        relations: { agency: true },
      });
      if (!row) throw new NotFound('That attending agency');
      const officers = await manager.delete(VisitOfficer, { visitPlanId: id, agencyId });
      const powers = await manager.delete(VisitPower, { visitPlanId: id, agencyId });
      await manager.delete(VisitAgency, { id: row.id });
      return {
        purpose: 'Visit plans: remove an attending agency',
        entityIds: [row.id],
        details: { officersRemoved: officers.affected ?? 0, powersRemoved: powers.affected ?? 0 },
        event: { kind: 'VISIT_CHANGED', summary: `${row.agency.name} will no longer attend the visit` },
      };
    });
  }

  async setAgencyEntry(viewer: Viewer | null, id: string, version: number, agencyId: string, entersPremises: boolean) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const row = await manager.findOne(VisitAgency, {
        where: { visitPlanId: id, agencyId },
        relations: { agency: true },
      });
      if (!row) throw new NotFound('That attending agency');
      await manager.update(VisitAgency, { id: row.id }, { entersPremises });
      return {
        purpose: 'Visit plans: change whether an agency enters the premises',
        entityIds: [row.id],
        details: { entersPremises },
        event: {
          kind: 'VISIT_CHANGED',
          summary: `${row.agency.name} will ${entersPremises ? 'enter the premises' : 'stay outside the premises'}`,
        },
      };
    });
  }

  async addOfficer(viewer: Viewer | null, id: string, version: number, officerId: string) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const officer = await manager.findOneBy(Officer, { id: officerId });
      if (!officer) throw badInput('officerId', 'Choose an officer');
      if (!officer.active) throw badInput('officerId', `${officer.name} has left: choose an active officer`);
      if (!(await manager.existsBy(VisitAgency, { visitPlanId: id, agencyId: officer.agencyId })))
        throw badInput('officerId', 'Choose an officer of an attending agency');
      if (await manager.existsBy(VisitOfficer, { visitPlanId: id, officerId }))
        throw badInput('officerId', `${officer.name} is already asked to attend`);
      const row = await manager.save(
        manager.create(VisitOfficer, { visitPlanId: id, officerId, agencyId: officer.agencyId }),
      );
      return {
        purpose: 'Visit plans: ask an officer to attend',
        entityIds: [row.id, officerId],
        event: { kind: 'VISIT_CHANGED', summary: `${officer.name} asked to attend the visit` },
      };
    });
  }

  async removeOfficer(viewer: Viewer | null, id: string, version: number, visitOfficerId: string) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const row = await manager.findOne(VisitOfficer, {
        where: { id: visitOfficerId, visitPlanId: id },
        relations: { officer: true },
      });
      if (!row) throw new NotFound('That officer on the visit');
      await manager.delete(VisitOfficer, { id: row.id });
      return {
        purpose: 'Visit plans: stop asking an officer to attend',
        entityIds: [row.id, row.officerId],
        event: { kind: 'VISIT_CHANGED', summary: `${row.officer.name} no longer asked to attend the visit` },
      };
    });
  }

  async addPower(
    viewer: Viewer | null,
    id: string,
    version: number,
    agencyId: string,
    powerId: string,
    purpose: string | null | undefined,
  ) {
    assertValid(powerPurposeProblems(purpose));
    return this.change(viewer, id, version, {}, async (manager) => {
      const attending = await manager.findOne(VisitAgency, {
        where: { visitPlanId: id, agencyId },
        relations: { agency: true },
      });
      if (!attending) throw badInput('agencyId', 'Choose an attending agency');
      const power = await manager.findOneBy(Power, { id: powerId });
      if (!power) throw badInput('powerId', 'Choose a power from the catalogue');
      if (await manager.existsBy(VisitPower, { visitPlanId: id, agencyId, powerId }))
        throw badInput('powerId', `${attending.agency.name} already plans to use this power`);
      const row = await manager.save(
        manager.create(VisitPower, { visitPlanId: id, agencyId, powerId, purpose: purpose?.trim() ?? '' }),
      );
      return {
        purpose: 'Visit plans: plan the use of a power',
        entityIds: [row.id],
        event: { kind: 'VISIT_CHANGED', summary: `${attending.agency.name} plans to use “${power.name}”` },
      };
    });
  }

  async removePower(viewer: Viewer | null, id: string, version: number, visitPowerId: string) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const row = await manager.findOne(VisitPower, {
        where: { id: visitPowerId, visitPlanId: id },
        relations: { power: true },
      });
      if (!row) throw new NotFound('That planned power');
      await manager.delete(VisitPower, { id: row.id });
      return {
        purpose: 'Visit plans: remove a planned power',
        entityIds: [row.id],
        event: { kind: 'VISIT_CHANGED', summary: `“${row.power.name}” removed from the visit` },
      };
    });
  }

  async acknowledgeWarning(
    viewer: Viewer | null,
    id: string,
    version: number,
    key: string,
    note: string | null | undefined,
  ) {
    assertValid(acknowledgementProblems(note));
    return this.change(viewer, id, version, {}, async (manager) => {
      const [checks] = await this.lawChecks(manager, [id]);
      const current = checks.warnings.find((w) => w.key === key);
      if (!current)
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'That law check no longer applies to the plan: reload to see the current checks.',
        );
      if (current.acknowledged)
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'That law check has already been acknowledged.');
      const row = await manager.save(
        manager.create(VisitWarningAcknowledgement, {
          visitPlanId: id,
          warningKey: key,
          note: note?.trim() ?? '',
          acknowledgedByUserId: viewer?.userId ?? null,
        }),
      );
      return {
        purpose: 'Visit plans: acknowledge a law check',
        entityIds: [row.id],
        details: { code: current.code },
        event: { kind: 'VISIT_WARNING_ACKNOWLEDGED', summary: `Law check acknowledged: ${current.message}` },
      };
    });
  }

  async setStatus(viewer: Viewer | null, id: string, version: number, status: VisitStatus) {
    return this.db.transaction(async (manager) => {
      const before = await manager.findOneBy(VisitPlan, { id });
      if (!before) throw new NotFound(PLAN);
      if (before.version !== version) throw new EditConflict(PLAN);
      const moveProblem = statusMoveProblem(before.status, status);
      if (moveProblem) throw badInput('status', moveProblem);
      // Holds the plan row from here on: a concurrent change to it waits, or finds its version stale.
      const plan = await updateAtVersion(manager, VisitPlan, PLAN, id, version, { status });
      if (status === 'READY') {
        const [checks] = await this.lawChecks(manager, [id]);
        const acknowledged = new Set(checks.warnings.filter((w) => w.acknowledged).map((w) => w.key));
        const problems = readinessProblems(checks.agencyCount, checks.warnings, acknowledged);
        if (problems.length) {
          throw new DomainError(
            DomainErrorCode.BAD_USER_INPUT,
            `The plan is not ready: ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} doing first.`,
            problems,
          );
        }
      }
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'visit_plan',
        entityIds: [id],
        purpose: 'Visit plans: change the status of a visit',
        details: { version: plan.version, from: before.status, to: status },
      });
      await scheduleAttendanceReminders(manager, plan);
      await this.timeline(manager, viewer, plan, 'VISIT_STATUS_CHANGED', STATUS_EVENTS[status]);
      return plan;
    });
  }

  /**
   * An officer's answer to being asked to attend. Coordinating roles may answer for anyone; otherwise the
   * officer themself (the user linked to that officer record) or an officer of the same agency.
   */
  async respond(
    viewer: Viewer,
    visitOfficerId: string,
    response: AttendanceResponse,
    note: string | null | undefined,
  ): Promise<VisitOfficer> {
    if (response === 'PENDING') throw badInput('response', 'Answer whether the officer will attend or not');
    assertValid(responseNoteProblems(note));
    return this.db.transaction(async (manager) => {
      const row = await whereGroupVisible(
        manager
          .getRepository(VisitOfficer)
          .createQueryBuilder('vo')
          .innerJoin(VisitPlan, 'plan', 'plan.id = vo.visit_plan_id')
          .setLock('pessimistic_write', undefined, ['vo'])
          .where('vo.id = :visitOfficerId', { visitOfficerId }),
        viewer,
        'plan.group_id',
      ).getOne();
      if (!row) throw new NotFound('That officer on the visit');
      if (!mayCoordinate(viewer.role) && row.agencyId !== viewer.agencyId) {
        const user = await manager.findOneBy(UserAccount, { id: viewer.userId });
        if (user?.officerId !== row.officerId)
          throw new DomainError(
            DomainErrorCode.FORBIDDEN,
            'You can answer only for yourself and for officers of your own agency.',
          );
      }
      const plan = await manager.findOneByOrFail(VisitPlan, { id: row.visitPlanId });
      if (FINISHED_VISIT_STATUSES.includes(plan.status))
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          `The visit is ${plan.status === 'COMPLETED' ? 'completed' : 'cancelled'}: attendance can no longer change.`,
        );
      await manager.update(
        VisitOfficer,
        { id: row.id },
        { response, responseNote: note?.trim() ?? '', respondedAt: new Date() },
      );
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'visit_officer',
        entityIds: [row.id, row.visitPlanId, row.officerId],
        purpose: 'Visit plans: answer whether an officer will attend',
        details: { response },
      });
      await scheduleAttendanceReminders(manager, plan);
      const officer = await manager.findOneByOrFail(Officer, { id: row.officerId });
      await this.timeline(
        manager,
        viewer,
        plan,
        response === 'CONFIRMED' ? 'ATTENDANCE_CONFIRMED' : 'ATTENDANCE_DECLINED',
        `${officer.name}: ${ATTENDANCE_RESPONSE_LABELS[response].toLowerCase()} for the visit`,
      );
      return manager.findOneByOrFail(VisitOfficer, { id: row.id });
    });
  }

  // Helpers -------------------------------------------------------------------------------

  /**
   * One change to a plan: bumps its version (CONFLICT when the user's is stale), refuses finished plans,
   * does the work, forgets acknowledgements of warnings that no longer apply, sends a ready plan with new
   * unacknowledged warnings back to draft, and audits and timelines it, all in one transaction.
   */
  private change(
    viewer: Viewer | null,
    id: string,
    version: number,
    columns: Partial<VisitPlan>,
    work: (manager: EntityManager, plan: VisitPlan) => Promise<Change>,
  ): Promise<VisitPlan> {
    return this.db.transaction(async (manager) => {
      let plan = await updateAtVersion(manager, VisitPlan, PLAN, id, version, columns);
      if (FINISHED_VISIT_STATUSES.includes(plan.status))
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          `The visit is ${plan.status === 'COMPLETED' ? 'completed' : 'cancelled'}: its plan can no longer change.`,
        );
      const done = await work(manager, plan);
      await scheduleAttendanceReminders(manager, plan);

      const [checks] = await this.lawChecks(manager, [id]);
      const currentKeys = checks.warnings.map((w) => w.key);
      const stale = manager
        .createQueryBuilder()
        .delete()
        .from(VisitWarningAcknowledgement)
        .where('visit_plan_id = :id', { id });
      if (currentKeys.length) stale.andWhere('warning_key NOT IN (:...currentKeys)', { currentKeys });
      await stale.execute();

      let backToDraft = false;
      if (plan.status === 'READY') {
        const acknowledged = new Set(checks.warnings.filter((w) => w.acknowledged).map((w) => w.key));
        if (readinessProblems(checks.agencyCount, checks.warnings, acknowledged).length) {
          await manager.update(VisitPlan, { id }, { status: 'DRAFT' });
          plan = await manager.findOneByOrFail(VisitPlan, { id });
          backToDraft = true;
        }
      }

      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'visit_plan',
        entityIds: [id, ...(done.entityIds ?? [])],
        purpose: done.purpose,
        details: { version: plan.version, ...done.details, ...(backToDraft ? { status: 'DRAFT' } : {}) },
      });
      await this.timeline(manager, viewer, plan, done.event.kind, done.event.summary);
      if (backToDraft)
        await this.timeline(
          manager,
          viewer,
          plan,
          'VISIT_STATUS_CHANGED',
          'Visit plan back to draft: a law check needs acknowledging, or no agency attends',
        );
      return plan;
    });
  }

  private async timeline(
    manager: EntityManager,
    viewer: Viewer | null,
    plan: VisitPlan,
    kind: string,
    summary: string,
  ): Promise<void> {
    await recordGroupEvent(manager, viewer, plan.groupId, {
      kind,
      summary: summary.length > 500 ? `${summary.slice(0, 499)}…` : summary,
      subjectId: plan.id,
    });
  }

  private async visitInWords(manager: EntityManager, plan: VisitPlan): Promise<string> {
    const premises = await manager.findOne(Premises, {
      select: { id: true, name: true },
      where: { id: plan.premisesId },
    });
    return `${premises?.name ?? 'the premises'} on ${formatDateTimeInLondon(plan.startsAt)}`;
  }
}

/**
 * Officers asked to attend who have not answered are reminded before the visit; answering, being taken off
 * the visit, the visit moving or ending reschedules or cancels it. In the caller's transaction.
 */
async function scheduleAttendanceReminders(manager: EntityManager, plan: VisitPlan): Promise<void> {
  const officers = await manager.findBy(VisitOfficer, { visitPlanId: plan.id });
  const subject = { subjectType: 'visit_plan', subjectId: plan.id };
  const open = !FINISHED_VISIT_STATUSES.includes(plan.status);
  const now = new Date();
  await Reminders.replaceFor(
    manager,
    subject,
    officers.flatMap((officer) =>
      attendanceReminderTime({ startsAt: plan.startsAt, answered: officer.response !== 'PENDING', open }, now).map(
        ({ kind, dueAt }) => ({
          ...subject,
          kind,
          dueAt,
          recipient: { type: 'OFFICER' as const, id: officer.officerId },
          title: `Confirm your attendance: visit on ${formatDateTimeInLondon(plan.startsAt)}`,
          link: `/visits/${plan.id}`,
        }),
      ),
    ),
    ['VISIT_ATTENDANCE_UNCONFIRMED'],
  );
}
