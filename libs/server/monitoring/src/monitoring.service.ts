import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  EditConflict,
  NotFound,
  reportDuplicateAs,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import {
  londonToday,
  PERSON_ROLE_LABELS,
  premisesStatusWhenMonitored,
  REVIEW_SCHEDULE_LABELS,
} from '@lantern/shared/domain';
import type { MonitoringReviewOutcome, PersonRole, ReviewSchedule, Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Premises } from '@lantern/server/premises';
import { recordGroupEvent } from '@lantern/server/groups';
import { londonTime, REMINDER_HOUR, Reminders } from '@lantern/server/reminders';
import { MonitoredSubject, Monitoring, MonitoringAlert, MonitoringReview } from './monitoring.entity';
import { firstReviewOn, monitoringProblems, reviewAfter, reviewProblems } from './monitoring.rules';

const AUDITED = 'monitoring';

/** The coordinator is reminded of the next review on its morning; an ended monitoring has none. */
async function remindReview(manager: EntityManager, monitoring: Monitoring, premisesName: string): Promise<void> {
  const subject = { subjectType: 'monitoring', subjectId: monitoring.id };
  await Reminders.replaceFor(
    manager,
    subject,
    monitoring.status === 'ACTIVE'
      ? [
          {
            ...subject,
            kind: 'MONITORING_REVIEW',
            recipient: { type: 'USER', id: monitoring.coordinatorUserId },
            dueAt: londonTime(monitoring.nextReviewOn, REMINDER_HOUR),
            title: `Monitoring review due: ${premisesName}`,
            link: `/monitoring/${monitoring.id}`,
          },
        ]
      : [],
    ['MONITORING_REVIEW'],
  );
}
const MONITORING = 'This monitoring';

export interface StartMonitoringCommand {
  premisesId: string;
  personIds?: string[] | null;
  associatedPremisesIds?: string[] | null;
  reason: string;
  reviewSchedule: string;
  firstReviewOn?: string | null;
  endsOn: string;
}

export interface ReviewMonitoringCommand {
  reviewedOn?: string | null;
  findings: string;
  outcome: string;
}

const unique = (ids: readonly string[] | null | undefined) => [...new Set((ids ?? []).filter(Boolean))];

/**
 * Monitoring after the work on a premises (domain.md, step 7): started, reviewed and ended by coordinating roles,
 * each change one transaction with its audit entry, the premises' statuses and the groups' timelines. Reads are
 * for coordinating roles (the resolver allows no one else), so no agency scope applies here.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  // Reads ---------------------------------------------------------------------------------

  async get(viewer: Viewer | null, id: string): Promise<Monitoring> {
    const [monitoring] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Monitoring: view a monitoring' },
      (manager) => manager.findBy(Monitoring, { id }),
    );
    if (!monitoring) throw new NotFound('The monitoring');
    return monitoring;
  }

  /** Active monitorings, the next review first (overdue ones lead), or ended ones, most recently ended first. */
  list(viewer: Viewer | null, active: boolean): Promise<Monitoring[]> {
    return this.audit.consult(this.db, viewer, { entityType: AUDITED, purpose: 'Monitoring: list monitorings' }, (m) =>
      m.find(Monitoring, {
        where: { status: active ? 'ACTIVE' : 'ENDED' },
        order: active ? { nextReviewOn: 'ASC', createdAt: 'ASC' } : { endedAt: 'DESC' },
        take: 200,
      }),
    );
  }

  /** The active monitorings covering each premises: as the premises the work was about, or as a subject. */
  async activeForPremises(premisesIds: readonly string[]): Promise<{ premisesId: string; monitoring: Monitoring }[]> {
    const rows: { subject_premises_id: string; id: string }[] = await this.db.query(
      `SELECT DISTINCT s.premises_id AS subject_premises_id, m.id
         FROM monitored_subject s JOIN monitoring m ON m.id = s.monitoring_id
        WHERE s.premises_id = ANY($1::uuid[]) AND m.status = 'ACTIVE'`,
      [[...premisesIds]],
    );
    const monitorings = rows.length
      ? await this.db.getRepository(Monitoring).findBy({ id: In([...new Set(rows.map((row) => row.id))]) })
      : [];
    const byId = new Map(monitorings.map((monitoring) => [monitoring.id, monitoring]));
    return rows.map((row) => ({ premisesId: row.subject_premises_id, monitoring: byId.get(row.id)! }));
  }

  subjectsOf(monitoringIds: readonly string[]): Promise<MonitoredSubject[]> {
    return this.db.getRepository(MonitoredSubject).find({
      where: { monitoringId: In([...monitoringIds]) },
      order: { kind: 'DESC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  reviewsOf(monitoringIds: readonly string[]): Promise<MonitoringReview[]> {
    return this.db.getRepository(MonitoringReview).find({
      where: { monitoringId: In([...monitoringIds]) },
      order: { reviewedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  alertsOf(monitoringIds: readonly string[]): Promise<MonitoringAlert[]> {
    return this.db.getRepository(MonitoringAlert).find({
      where: { monitoringId: In([...monitoringIds]) },
      order: { raisedAt: 'DESC', id: 'ASC' },
    });
  }

  /** The alerts for monitorings this user coordinates: unacknowledged ones, or the latest 100 of all. */
  myAlerts(viewer: Viewer, unacknowledgedOnly: boolean): Promise<MonitoringAlert[]> {
    const query = this.db
      .getRepository(MonitoringAlert)
      .createQueryBuilder('alert')
      .innerJoin(Monitoring, 'monitoring', 'monitoring.id = alert.monitoring_id')
      .where('monitoring.coordinator_user_id = :userId', { userId: viewer.userId })
      .orderBy('alert.raised_at', 'DESC')
      .addOrderBy('alert.id')
      .take(100);
    if (unacknowledgedOnly) query.andWhere('alert.acknowledged_at IS NULL');
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'monitoring_alert', purpose: 'Monitoring: my alerts' },
      () => query.getMany(),
    );
  }

  // Changes -------------------------------------------------------------------------------

  /**
   * Puts a premises under monitoring with the people who run it (linked to it) and their associated premises
   * (sharing a person with it). A premises has at most one active monitoring; the coordinator is the one who
   * starts it and receives its alerts (the demo seed, with no one signed in, names its coordinator).
   */
  async start(
    viewer: Viewer | null,
    input: StartMonitoringCommand,
    coordinatorUserId = viewer?.userId,
  ): Promise<Monitoring> {
    if (!coordinatorUserId) throw new Error('A monitoring needs a coordinator to alert');
    const today = londonToday();
    assertValid(monitoringProblems(input, today));
    const personIds = unique(input.personIds);
    const associatedIds = unique(input.associatedPremisesIds).filter((id) => id !== input.premisesId);
    return this.db.transaction(async (manager) => {
      const premises = await manager
        .getRepository(Premises)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: input.premisesId })
        .getOne();
      if (!premises) throw new NotFound('The premises');
      const current = await manager.findOneBy(Monitoring, { premisesId: premises.id, status: 'ACTIVE' });
      if (current)
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          `${premises.name} is already under monitoring until ${current.endsOn}: review that monitoring instead.`,
        );
      const people = await this.linkedPeople(manager, premises.id, personIds);
      const associated = await this.associatedPremises(manager, premises.id, associatedIds);

      const monitoring = await manager
        .save(
          manager.create(Monitoring, {
            premisesId: premises.id,
            reason: input.reason.trim(),
            reviewSchedule: input.reviewSchedule as ReviewSchedule,
            nextReviewOn: firstReviewOn(input, today),
            endsOn: input.endsOn.trim(),
            status: 'ACTIVE',
            coordinatorUserId,
            createdByUserId: viewer?.userId ?? null,
          }),
        )
        .catch(reportDuplicateAs('premisesId', `${premises.name} is already under monitoring`));
      await manager.insert(MonitoredSubject, [
        {
          monitoringId: monitoring.id,
          kind: 'PREMISES',
          premisesId: premises.id,
          why: 'The premises the work was about',
        },
        ...people.map((person) => ({
          monitoringId: monitoring.id,
          kind: 'PERSON' as const,
          personId: person.id,
          why: `${person.roles.map((role) => PERSON_ROLE_LABELS[role]).join(', ')} of ${premises.name}`,
        })),
        ...associated.map((other) => ({
          monitoringId: monitoring.id,
          kind: 'PREMISES' as const,
          premisesId: other.id,
          why: `Associated with ${premises.name} through ${other.through.join(', ')}`,
        })),
      ]);
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: AUDITED,
        entityIds: [monitoring.id, premises.id, ...people.map((p) => p.id), ...associated.map((p) => p.id)],
        purpose: 'Monitoring: put a premises, its people and associated premises under monitoring',
        details: { people: people.length, associatedPremises: associated.length, endsOn: monitoring.endsOn },
      });
      await this.moveStatuses(manager, viewer, [premises.id, ...associated.map((p) => p.id)]);
      await remindReview(manager, monitoring, premises.name);
      await this.groupTimeline(
        manager,
        viewer,
        premises.id,
        'MONITORING_STARTED',
        `Monitoring started: ${premises.name}${people.length ? `, ${people.length} ${people.length === 1 ? 'person' : 'people'}` : ''}${associated.length ? `, ${associated.length} associated premises` : ''}; reviewed ${REVIEW_SCHEDULE_LABELS[monitoring.reviewSchedule].toLowerCase()} until ${monitoring.endsOn}`,
        monitoring.id,
      );
      return monitoring;
    });
  }

  /** Records a review: monitoring goes on to the next review date, or ends. */
  async review(viewer: Viewer, id: string, version: number, input: ReviewMonitoringCommand): Promise<Monitoring> {
    const existing = await this.db.getRepository(Monitoring).findOneBy({ id });
    if (!existing) throw new NotFound('The monitoring');
    if (existing.version !== version) throw new EditConflict(MONITORING);
    if (existing.status === 'ENDED')
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'This monitoring has ended: start a new one if needed.');
    const today = londonToday();
    assertValid(reviewProblems(input, londonToday(existing.createdAt), today));
    const reviewedOn = input.reviewedOn?.trim() || today;
    const outcome = input.outcome as MonitoringReviewOutcome;
    return this.db.transaction(async (manager) => {
      const monitoring = await updateAtVersion(
        manager,
        Monitoring,
        MONITORING,
        id,
        version,
        outcome === 'END'
          ? { status: 'ENDED', endedAt: new Date() }
          : { nextReviewOn: reviewAfter(reviewedOn, existing.reviewSchedule, existing.endsOn) },
      );
      const review = await manager.save(
        manager.create(MonitoringReview, {
          monitoringId: id,
          reviewedOn,
          findings: input.findings.trim(),
          outcome,
          userId: viewer.userId,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id, review.id],
        purpose: 'Monitoring: record a review',
        details: { outcome, reviewedOn, ...(outcome === 'CONTINUE' ? { nextReviewOn: monitoring.nextReviewOn } : {}) },
      });
      if (outcome === 'END') await this.releaseStatuses(manager, viewer, id);
      const premises = await manager.findOneByOrFail(Premises, { id: monitoring.premisesId });
      await remindReview(manager, monitoring, premises.name);
      await this.groupTimeline(
        manager,
        viewer,
        monitoring.premisesId,
        outcome === 'END' ? 'MONITORING_ENDED' : 'MONITORING_REVIEWED',
        outcome === 'END'
          ? `Monitoring ended after review: ${premises.name}`
          : `Monitoring reviewed: ${premises.name}; next review ${monitoring.nextReviewOn}`,
        id,
      );
      return monitoring;
    });
  }

  /** The coordinator has seen an alert; acknowledging again changes nothing. */
  async acknowledgeAlert(viewer: Viewer, alertId: string): Promise<MonitoringAlert> {
    return this.db.transaction(async (manager) => {
      const alert = await manager.findOneBy(MonitoringAlert, { id: alertId });
      if (!alert) throw new NotFound('The alert');
      if (alert.acknowledgedAt) return alert;
      await manager.update(
        MonitoringAlert,
        { id: alertId },
        { acknowledgedAt: new Date(), acknowledgedByUserId: viewer.userId },
      );
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'monitoring_alert',
        entityIds: [alertId, alert.monitoringId],
        purpose: 'Monitoring: acknowledge an alert',
      });
      return manager.findOneByOrFail(MonitoringAlert, { id: alertId });
    });
  }

  // Helpers -------------------------------------------------------------------------------

  /** The chosen people, each linked to the premises; with their roles there. */
  private async linkedPeople(manager: EntityManager, premisesId: string, personIds: string[]) {
    if (!personIds.length) return [];
    const rows: { id: string; roles: PersonRole[] }[] = await manager.query(
      `SELECT person_id AS id, array_agg(role ORDER BY role) AS roles FROM premises_person
        WHERE premises_id = $1 AND person_id = ANY($2::uuid[]) GROUP BY person_id`,
      [premisesId, personIds],
    );
    if (rows.length !== personIds.length)
      throw new ValidationFailed([{ field: 'personIds', message: 'Choose people linked to this premises' }]);
    return rows;
  }

  /** The chosen premises, each sharing a person with this one; with the names of the people they share. */
  private async associatedPremises(manager: EntityManager, premisesId: string, ids: string[]) {
    if (!ids.length) return [];
    const rows: { id: string; through: string[] }[] = await manager.query(
      `SELECT other.premises_id AS id, array_agg(DISTINCT person.full_name) AS through
         FROM premises_person mine
         JOIN premises_person other ON other.person_id = mine.person_id AND other.premises_id <> mine.premises_id
         JOIN person ON person.id = mine.person_id
        WHERE mine.premises_id = $1 AND other.premises_id = ANY($2::uuid[])
        GROUP BY other.premises_id`,
      [premisesId, ids],
    );
    if (rows.length !== ids.length)
      throw new ValidationFailed([
        { field: 'associatedPremisesIds', message: 'Choose premises that share a person with this one' },
      ]);
    return rows;
  }

  /** Monitored premises show it, unless closed or under an operation (premisesStatusWhenMonitored). */
  private async moveStatuses(manager: EntityManager, viewer: Viewer | null, premisesIds: string[]): Promise<void> {
    const premises = await manager.findBy(Premises, { id: In(premisesIds) });
    const moving = premises.filter((p) => premisesStatusWhenMonitored(p.status) !== p.status).map((p) => p.id);
    if (!moving.length) return;
    await manager.query(
      `UPDATE premises SET status = 'UNDER_MONITORING', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [moving],
    );
    await this.audit.record(manager, viewer, {
      action: 'ALTERATION',
      entityType: 'premises',
      entityIds: moving,
      purpose: 'Monitoring: premises under monitoring',
      details: { status: 'UNDER_MONITORING' },
    });
  }

  /** When monitoring ends, its premises no other monitoring covers need no further action. */
  private async releaseStatuses(manager: EntityManager, viewer: Viewer, monitoringId: string): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE premises p SET status = 'NO_FURTHER_ACTION', version = version + 1, updated_at = now()
        FROM monitored_subject s
       WHERE s.monitoring_id = $1 AND s.premises_id = p.id AND p.status = 'UNDER_MONITORING'
         AND NOT EXISTS (SELECT 1 FROM monitored_subject other JOIN monitoring m ON m.id = other.monitoring_id
                          WHERE other.premises_id = p.id AND m.status = 'ACTIVE')
       RETURNING p.id`,
      [monitoringId],
    );
    if (!rows.length) return;
    await this.audit.record(manager, viewer, {
      action: 'ALTERATION',
      entityType: 'premises',
      entityIds: rows.map((row) => row.id),
      purpose: 'Monitoring: monitoring ended',
      details: { status: 'NO_FURTHER_ACTION' },
    });
  }

  /** Tells the open groups targeting the premises, on their timelines. */
  private async groupTimeline(
    manager: EntityManager,
    viewer: Viewer | null,
    premisesId: string,
    kind: string,
    summary: string,
    subjectId: string,
  ): Promise<void> {
    const groups: { id: string }[] = await manager.query(
      `SELECT g.id FROM task_and_finish_group g JOIN group_premises gp ON gp.group_id = g.id
        WHERE gp.premises_id = $1 AND g.stage <> 'CLOSED'`,
      [premisesId],
    );
    for (const group of groups) await recordGroupEvent(manager, viewer, group.id, { kind, summary, subjectId });
  }
}
