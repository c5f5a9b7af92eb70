import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  NotFound,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import { formatDateTimeInLondon, mayCoordinate, scopingAgency, VISIT_OBSERVATION_LABELS } from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { raiseMonitoringAlerts } from '@lantern/server/monitoring';
import { AuditLog } from '@lantern/server/audit';
import { Officer } from '@lantern/server/agencies';
import { Person, Premises, PremisesAgency, PremisesService } from '@lantern/server/premises';
import type { LinkPersonInput } from '@lantern/server/premises';
import { recordGroupEvent, whereGroupVisible } from '@lantern/server/groups';
import { VisitAgency, VisitOfficer, VisitPlan } from './visit-plan.entity';
import { parseVisitTime } from './visit-plan.rules';
import { VisitRecord, VisitRecordAttendance, VisitRecordPerson } from './visit-record.entity';
import { AttendeeComparison, compareAttendance, orderedObservations, visitRecordProblems } from './visit-record.rules';
import type { RecordVisitInput, VisitRecordDetailsInput } from './visit-record.types';

const RECORD = 'This visit record';

export interface VisitAttendeeRow extends AttendeeComparison {
  visitRecordId: string;
}

const badInput = (field: string, message: string) => new ValidationFailed([{ field, message }]);

function recordColumns(input: VisitRecordDetailsInput) {
  return {
    startedAt: parseVisitTime(input.startedAt)!,
    endedAt: input.endedAt?.trim() ? parseVisitTime(input.endedAt) : null,
    observations: orderedObservations(input.observations),
    numberOfOccupants: input.numberOfOccupants ?? null,
    notes: input.notes?.trim() ?? '',
  };
}

/**
 * Visit records (domain.md, "after the door"): what officers did and saw. Coordinating roles record any visit; an
 * agency officer records a planned visit their agency attends, or an unplanned visit to a premises their agency
 * takes part in. Each change is one transaction: version check, audit, and the group's timeline for a planned visit.
 */
@Injectable()
export class VisitRecordService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly premises: PremisesService,
  ) {}

  // Reads ---------------------------------------------------------------------------------

  /**
   * Records the viewer may see: an agency officer, those of plans for groups their agency is a member of, and
   * unplanned ones of premises their agency takes part in; coordinating roles, every record.
   */
  private visible<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, viewer: Viewer | null, alias: string) {
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return query;
    return query.andWhere(
      `((${alias}.visit_plan_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM visit_plan seen JOIN group_agency member ON member.group_id = seen.group_id
            WHERE seen.id = ${alias}.visit_plan_id AND member.agency_id = :recordAgencyId))
        OR (${alias}.visit_plan_id IS NULL AND EXISTS (
           SELECT 1 FROM premises_agency scope WHERE scope.premises_id = ${alias}.premises_id AND scope.agency_id = :recordAgencyId)))`,
      { recordAgencyId: agencyId },
    );
  }

  private records(manager: EntityManager, viewer: Viewer | null) {
    return this.visible(manager.getRepository(VisitRecord).createQueryBuilder('record'), viewer, 'record');
  }

  async get(viewer: Viewer | null, id: string): Promise<VisitRecord> {
    const [record] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_record', purpose: 'Visit records: view a visit record' },
      (manager) => this.records(manager, viewer).andWhere('record.id = :id', { id }).getMany(),
    );
    if (!record) throw new NotFound('The visit record');
    return record;
  }

  recordsOfPlans(viewer: Viewer | null, planIds: readonly string[]): Promise<VisitRecord[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_record', purpose: 'Visit records: the record of a visit plan' },
      (manager) =>
        this.records(manager, viewer).andWhere('record.visit_plan_id IN (:...planIds)', { planIds }).getMany(),
    );
  }

  /** The visits recorded at these premises, latest first. */
  recordsOfPremises(viewer: Viewer | null, premisesIds: readonly string[]): Promise<VisitRecord[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_record', purpose: 'Visit records: the visits to a premises' },
      (manager) =>
        this.records(manager, viewer)
          .andWhere('record.premises_id IN (:...premisesIds)', { premisesIds })
          .orderBy('record.started_at', 'DESC')
          .addOrderBy('record.id', 'ASC')
          .getMany(),
    );
  }

  /** The plans of these records, as the viewer may see them. */
  plansByIds(viewer: Viewer | null, ids: readonly string[]): Promise<VisitPlan[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_plan', purpose: 'Visit records: the plan of a recorded visit' },
      (manager) =>
        whereGroupVisible(manager.getRepository(VisitPlan).createQueryBuilder('plan'), viewer, 'plan.group_id')
          .andWhere('plan.id IN (:...ids)', { ids })
          .getMany(),
    );
  }

  /** Planned against actual attendance of each record (officer ids only: names come through the officer loader). */
  async attendeesOf(recordIds: readonly string[]): Promise<VisitAttendeeRow[]> {
    const records = await this.db.getRepository(VisitRecord).findBy({ id: In([...recordIds]) });
    const planIds = records.flatMap((r) => (r.visitPlanId ? [r.visitPlanId] : []));
    const [planned, attended] = await Promise.all([
      planIds.length
        ? this.db
            .getRepository(VisitOfficer)
            .find({ where: { visitPlanId: In(planIds) }, order: { createdAt: 'ASC', id: 'ASC' } })
        : Promise.resolve([]),
      this.db
        .getRepository(VisitRecordAttendance)
        .find({ where: { visitRecordId: In([...recordIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return records.flatMap((record) =>
      compareAttendance(
        planned.filter((p) => p.visitPlanId === record.visitPlanId),
        attended.filter((a) => a.visitRecordId === record.id),
      ).map((row) => ({ ...row, visitRecordId: record.id })),
    );
  }

  /**
   * The people met at each visit, by name. They are on the premises register: an agency officer sees them only when the
   * premises is shared with their agency, as for the premises' own list of people.
   */
  peopleOf(viewer: Viewer | null, recordIds: readonly string[]): Promise<VisitRecordPerson[]> {
    const agencyId = scopingAgency(viewer);
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'visit_record_person', purpose: 'Visit records: people met at a visit' },
      (manager) => {
        const query = manager
          .getRepository(VisitRecordPerson)
          .createQueryBuilder('met')
          .innerJoin(VisitRecord, 'record', 'record.id = met.visit_record_id')
          .innerJoin(Person, 'person', 'person.id = met.person_id')
          .where('met.visit_record_id IN (:...recordIds)', { recordIds })
          .orderBy('person.full_name', 'ASC')
          .addOrderBy('met.id', 'ASC');
        if (agencyId)
          query.andWhere(
            'EXISTS (SELECT 1 FROM premises_agency scope WHERE scope.premises_id = record.premises_id AND scope.agency_id = :agencyId)',
            { agencyId },
          );
        return query.getMany();
      },
    );
  }

  // Changes -------------------------------------------------------------------------------

  async recordVisit(viewer: Viewer, input: RecordVisitInput): Promise<VisitRecord> {
    assertValid(visitRecordProblems(input, new Date()));
    if (!!input.visitPlanId === !!input.premisesId)
      throw badInput('visitPlanId', 'Record a visit for a visit plan or for a premises, not both');
    const people = input.people ?? [];
    people.forEach((person, index) => this.premises.assertPersonLinkInput(person, `people.${index}.`));
    return this.db.transaction(async (manager) => {
      let plan: VisitPlan | null = null;
      let premisesId: string;
      if (input.visitPlanId) {
        // Holds the plan: a second recording of the same visit waits here, then finds the first.
        plan = await whereGroupVisible(
          manager.getRepository(VisitPlan).createQueryBuilder('plan').setLock('pessimistic_write'),
          viewer,
          'plan.group_id',
        )
          .andWhere('plan.id = :id', { id: input.visitPlanId })
          .getOne();
        if (!plan) throw new NotFound('The visit plan');
        if (plan.status === 'CANCELLED')
          throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'The visit was cancelled: there is nothing to record.');
        if (await manager.existsBy(VisitRecord, { visitPlanId: plan.id }))
          throw badInput('visitPlanId', 'This visit has already been recorded: change its record instead');
        premisesId = plan.premisesId;
      } else {
        premisesId = input.premisesId!;
        if (!(await this.premisesVisible(manager, viewer, premisesId))) throw new NotFound('The premises');
      }
      await this.assertMayRecord(manager, viewer, plan?.id ?? null);
      const officers = await this.attendingOfficers(manager, plan?.id ?? null, premisesId, input.attendingOfficerIds);

      const record = await manager.save(
        manager.create(VisitRecord, {
          ...recordColumns(input),
          premisesId,
          visitPlanId: plan?.id ?? null,
          recordedByUserId: viewer.userId,
        }),
      );
      await manager.insert(
        VisitRecordAttendance,
        officers.map((officer) => ({ visitRecordId: record.id, officerId: officer.id, agencyId: officer.agencyId })),
      );
      const met: VisitRecordPerson[] = [];
      for (const [index, person] of people.entries())
        met.push(await this.addMet(manager, viewer, record, person, `people.${index}.`));
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'visit_record',
        entityIds: [record.id, premisesId, ...(plan ? [plan.id] : []), ...officers.map((o) => o.id)],
        purpose: 'Visit records: record what happened at a visit',
        details: {
          attended: officers.length,
          observations: record.observations.length,
          peopleMet: people.length,
        },
      });
      const premises = await manager.findOne(Premises, { select: { id: true, name: true }, where: { id: premisesId } });
      await raiseMonitoringAlerts(manager, {
        source: 'VISIT_RECORD',
        sourceId: record.id,
        premisesIds: [premisesId],
        personIds: met.map((row) => row.personId),
        summary: `Visit recorded at ${premises?.name ?? 'a premises'} on ${formatDateTimeInLondon(record.startedAt)}: ${await this.attendanceInWords(manager, record)}${met.length ? `, ${met.length} ${met.length === 1 ? 'person' : 'people'} met` : ''}`,
      });
      if (plan) {
        // The visit has happened: the plan is done, and a stale planner sees its version moved on.
        await manager.query(
          `UPDATE visit_plan SET status = 'COMPLETED', version = version + 1, updated_at = now()
            WHERE id = $1 AND status IN ('DRAFT', 'READY')`,
          [plan.id],
        );
        await this.timeline(
          manager,
          viewer,
          plan,
          'VISIT_RECORDED',
          `Visit recorded: ${premises?.name ?? 'the premises'} on ${formatDateTimeInLondon(record.startedAt)}, ${await this.attendanceInWords(manager, record)}${observationsInWords(record)}`,
        );
      }
      return record;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: VisitRecordDetailsInput): Promise<VisitRecord> {
    assertValid(visitRecordProblems(input, new Date()));
    return this.change(viewer, id, version, recordColumns(input), async (manager, record) => {
      const officers = await this.attendingOfficers(
        manager,
        record.visitPlanId,
        record.premisesId,
        input.attendingOfficerIds,
      );
      await manager.delete(VisitRecordAttendance, { visitRecordId: id });
      await manager.insert(
        VisitRecordAttendance,
        officers.map((officer) => ({ visitRecordId: id, officerId: officer.id, agencyId: officer.agencyId })),
      );
      return {
        purpose: 'Visit records: change what was recorded at a visit',
        summary: `Visit record changed: ${await this.attendanceInWords(manager, record)}${observationsInWords(record)}`,
        details: { attended: officers.length, observations: record.observations.length },
      };
    });
  }

  async addPersonMet(viewer: Viewer, id: string, version: number, input: LinkPersonInput): Promise<VisitRecord> {
    this.premises.assertPersonLinkInput(input);
    return this.change(viewer, id, version, {}, async (manager, record) => {
      const met = await this.addMet(manager, viewer, record, input, '');
      const premises = await manager.findOneByOrFail(Premises, { id: record.premisesId });
      await raiseMonitoringAlerts(manager, {
        source: 'VISIT_RECORD',
        sourceId: record.id,
        premisesIds: [record.premisesId],
        personIds: [met.personId],
        summary: `A person met at the visit to ${premises.name} on ${formatDateTimeInLondon(record.startedAt)} was added to its record`,
      });
      return {
        purpose: 'Visit records: add a person met at a visit',
        entityIds: [met.id],
        summary: 'A person met at the visit was added to its record and linked to the premises',
      };
    });
  }

  /** Takes the person off the visit record; their link to the premises stays (unlink it on the premises). */
  async removePersonMet(viewer: Viewer, id: string, version: number, visitRecordPersonId: string) {
    return this.change(viewer, id, version, {}, async (manager) => {
      const row = await manager.findOneBy(VisitRecordPerson, { id: visitRecordPersonId, visitRecordId: id });
      if (!row) throw new NotFound('That person on the visit record');
      await manager.delete(VisitRecordPerson, { id: row.id });
      await this.audit.record(manager, viewer, {
        action: 'ERASURE',
        entityType: 'visit_record_person',
        entityIds: [row.id, id, row.personId],
        purpose: 'Visit records: remove a person met at a visit',
      });
      return {
        purpose: 'Visit records: remove a person met at a visit',
        entityIds: [row.id],
        summary: 'A person was taken off the visit record',
      };
    });
  }

  // Helpers -------------------------------------------------------------------------------

  private async premisesVisible(manager: EntityManager, viewer: Viewer | null, premisesId: string) {
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return manager.existsBy(Premises, { id: premisesId });
    return manager.existsBy(PremisesAgency, { premisesId, agencyId });
  }

  /** Coordinating roles record any visit; an agency officer, a planned visit only when their agency attends it. */
  private async assertMayRecord(manager: EntityManager, viewer: Viewer, planId: string | null) {
    if (mayCoordinate(viewer.role) || !planId) return;
    if (!(await manager.existsBy(VisitAgency, { visitPlanId: planId, agencyId: viewer.agencyId })))
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        'Only coordinators and officers of an agency attending the visit can record it.',
      );
  }

  /**
   * The officers said to have attended: any officer named on the plan, or an officer of an agency attending it;
   * for an unplanned visit, an officer of an agency taking part in the premises.
   */
  private async attendingOfficers(
    manager: EntityManager,
    planId: string | null,
    premisesId: string,
    officerIds: readonly string[],
  ): Promise<Officer[]> {
    const officers = await manager.findBy(Officer, { id: In([...officerIds]) });
    if (officers.length !== new Set(officerIds).size)
      throw badInput('attendingOfficerIds', 'Choose the officers who attended from the list');
    const named = new Set(
      planId ? (await manager.findBy(VisitOfficer, { visitPlanId: planId })).map((row) => row.officerId) : [],
    );
    const agencies = new Set(
      planId
        ? (await manager.findBy(VisitAgency, { visitPlanId: planId })).map((row) => row.agencyId)
        : (await manager.findBy(PremisesAgency, { premisesId })).map((row) => row.agencyId),
    );
    const strangers = officers.filter((o) => !named.has(o.id) && !agencies.has(o.agencyId));
    if (strangers.length)
      throw badInput(
        'attendingOfficerIds',
        planId
          ? 'Choose officers named on the plan or of an agency attending the visit'
          : 'Choose officers of an agency taking part in the work on the premises',
      );
    const order = new Map(officerIds.map((officerId, index) => [officerId, index]));
    return officers.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** Links the person to the premises (keeping an existing link in that role) and puts them on the record. */
  private async addMet(
    manager: EntityManager,
    viewer: Viewer,
    record: VisitRecord,
    input: LinkPersonInput,
    prefix: string,
  ): Promise<VisitRecordPerson> {
    const { link } = await this.premises.linkPersonWithin(manager, viewer, record.premisesId, input, 'keep');
    if (await manager.existsBy(VisitRecordPerson, { visitRecordId: record.id, personId: link.personId }))
      throw badInput(`${prefix}personId`, 'This person is already on the visit record');
    const met = await manager.save(
      manager.create(VisitRecordPerson, { visitRecordId: record.id, personId: link.personId, role: input.role }),
    );
    await this.audit.record(manager, viewer, {
      action: 'COMBINATION',
      entityType: 'visit_record_person',
      entityIds: [met.id, record.id, link.personId],
      purpose: 'Visit records: a person met at a visit',
      details: { role: input.role },
    });
    return met;
  }

  /** One change to a record: version bump (CONFLICT when stale), the work, audit and timeline in one transaction. */
  private change(
    viewer: Viewer,
    id: string,
    version: number,
    columns: Partial<VisitRecord>,
    work: (
      manager: EntityManager,
      record: VisitRecord,
    ) => Promise<{ purpose: string; summary: string; entityIds?: string[]; details?: Record<string, unknown> }>,
  ): Promise<VisitRecord> {
    return this.db.transaction(async (manager) => {
      const current = await this.records(manager, viewer).andWhere('record.id = :id', { id }).getOne();
      if (!current) throw new NotFound(RECORD);
      await this.assertMayRecord(manager, viewer, current.visitPlanId);
      const record = await updateAtVersion(manager, VisitRecord, RECORD, id, version, columns);
      const done = await work(manager, record);
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'visit_record',
        entityIds: [id, ...(done.entityIds ?? [])],
        purpose: done.purpose,
        details: { version: record.version, ...done.details },
      });
      if (record.visitPlanId) {
        const plan = await manager.findOneByOrFail(VisitPlan, { id: record.visitPlanId });
        await this.timeline(manager, viewer, plan, 'VISIT_RECORD_CHANGED', done.summary);
      }
      return record;
    });
  }

  private async attendanceInWords(manager: EntityManager, record: VisitRecord): Promise<string> {
    const planned = record.visitPlanId
      ? (await manager.findBy(VisitOfficer, { visitPlanId: record.visitPlanId })).map((row) => row.officerId)
      : [];
    const attended = new Set(
      (await manager.findBy(VisitRecordAttendance, { visitRecordId: record.id })).map((row) => row.officerId),
    );
    const came = planned.filter((officerId) => attended.has(officerId)).length;
    const extra = attended.size - came;
    const asked = planned.length
      ? `${came} of ${planned.length} officers asked attended`
      : `${attended.size} officers attended`;
    return planned.length && extra ? `${asked}, and ${extra} more` : asked;
  }

  private async timeline(
    manager: EntityManager,
    viewer: Viewer,
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
}

function observationsInWords(record: VisitRecord): string {
  if (!record.observations.length) return '; nothing on the checklist observed';
  return `; observed: ${record.observations.map((o) => VISIT_OBSERVATION_LABELS[o].toLowerCase()).join(', ')}`;
}
