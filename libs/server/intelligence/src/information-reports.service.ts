import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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
  blankToNull,
  feedbackDueAt,
  isReportOutcome,
  formatCalendarDate,
  londonToday,
  mayReadIntelligence,
  normaliseRegistration,
  scopingAgency,
} from '@lantern/shared/domain';
import type { ReportStatus, Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Business, Person, Premises, PremisesService, Vehicle } from '@lantern/server/premises';
import { raiseMonitoringAlerts } from '@lantern/server/monitoring';
import { Reminders } from '@lantern/server/reminders';
import { InformationReport, ReportSubject } from './information-report.entity';
import {
  decisionProblems,
  feedbackProblems,
  gradingProblems,
  parseReportTime,
  reportProblems,
  triageStepProblem,
} from './information-report.rules';
import { PersonMatch, rankMatches, searchKeys } from './person-matching.rules';
import type {
  AssessReportInput,
  DecideReportInput,
  LinkReportPersonInput,
  MosaicLinkModel,
  SubmitReportInput,
} from './information-report.types';

const AUDITED = 'information_report';
const REPORT = 'This information report';

/** What a report links to, once submitted: where the monitoring alerts look. */
export interface ReportLinks {
  reportId: string;
  premisesIds: string[];
  personIds: string[];
}

/** A premises or person named in reports since a date: what the weekly meeting's agenda is drawn from. */
export interface RecentSubject {
  kind: 'PREMISES' | 'PERSON';
  id: string;
  reportIds: string[];
  lastReportedAt: Date;
}

/**
 * Information reports (domain.md, "Intelligence comes in"): submitted by any officer, triaged by the specialist
 * team, answered with feedback, and pieced together in the mosaic. Each change is one transaction with its audit
 * entry; audit entries carry ids and metadata only, never the source's identity.
 */
@Injectable()
export class InformationReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly premises: PremisesService,
  ) {}

  /** Readers of intelligence see every report; anyone else only the reports they submitted. */
  private reports(manager: EntityManager, viewer: Viewer) {
    const query = manager.getRepository(InformationReport).createQueryBuilder('r');
    return mayReadIntelligence(viewer.role)
      ? query
      : query.andWhere('r.submitted_by_user_id = :me', { me: viewer.userId });
  }

  private consult(viewer: Viewer, purpose: string, load: (manager: EntityManager) => Promise<InformationReport[]>) {
    return this.audit.consult(this.db, viewer, { entityType: AUDITED, purpose }, load);
  }

  // Reading ------------------------------------------------------------------------------

  list(viewer: Viewer, filter: { statuses?: ReportStatus[] | null; mine?: boolean }): Promise<InformationReport[]> {
    return this.consult(viewer, 'Information reports: list reports', (manager) => {
      const query = this.reports(manager, viewer);
      if (filter.mine) query.andWhere('r.submitted_by_user_id = :mine', { mine: viewer.userId });
      if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
      return query.orderBy('r.received_at', 'DESC').addOrderBy('r.id', 'ASC').take(200).getMany();
    });
  }

  async get(viewer: Viewer, id: string): Promise<InformationReport> {
    const [report] = await this.reportsByIds(viewer, [id]);
    if (!report) throw new NotFound('The information report');
    return report;
  }

  reportsByIds(viewer: Viewer, ids: readonly string[]): Promise<InformationReport[]> {
    return this.consult(viewer, 'Information reports: view a report', (manager) =>
      this.reports(manager, viewer).andWhere('r.id IN (:...ids)', { ids }).getMany(),
    );
  }

  /** Reports whose referrer is owed feedback past its due time, the longest overdue first. */
  awaitingFeedback(viewer: Viewer, now = new Date()): Promise<InformationReport[]> {
    return this.consult(viewer, 'Information reports: feedback owed to referrers', (manager) =>
      this.reports(manager, viewer)
        .andWhere('r.feedback_given_at IS NULL AND r.feedback_due_at < :now', { now })
        .orderBy('r.feedback_due_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany(),
    );
  }

  /** The subjects of these reports (the reports were already scoped). */
  subjectsOf(reportIds: readonly string[]): Promise<ReportSubject[]> {
    return this.db
      .getRepository(ReportSubject)
      .find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The sources' identities and contacts: a consultation of their own, for intelligence officers (the resolver checks). */
  sourcesOf(viewer: Viewer, reportIds: readonly string[]): Promise<InformationReport[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'information_report_source', purpose: 'Information reports: view the source of a report' },
      (manager) => manager.findBy(InformationReport, { id: In([...reportIds]) }),
    );
  }

  // Submitting ----------------------------------------------------------------------------

  /**
   * Submits an information report, with its links to premises, people, vehicles and businesses, in one
   * transaction with its audit entries. Any officer of any agency; premises and people must be ones they can see.
   */
  async submit(viewer: Viewer, input: SubmitReportInput): Promise<InformationReport> {
    const now = new Date();
    assertValid(reportProblems(input, now, londonToday(now)));
    const premisesIds = [...new Set(input.premisesIds ?? [])];
    return this.db.transaction(async (manager) => {
      await this.assertPremisesVisible(manager, viewer, premisesIds);
      const [user] = (await manager.query('SELECT display_name FROM user_account WHERE id = $1', [viewer.userId])) as {
        display_name: string;
      }[];
      const report = await manager.save(
        manager.create(InformationReport, {
          submittedByUserId: viewer.userId,
          agencyId: viewer.agencyId,
          referrerName: blankToNull(input.referrerName) ?? user?.display_name ?? 'Unknown',
          referrerJobTitle: input.referrerJobTitle.trim(),
          referrerContact: input.referrerContact.trim(),
          becameAwareAt: parseReportTime(input.becameAwareAt)!,
          incidentAt: parseReportTime(input.incidentAt),
          sourceType: input.sourceType,
          sourceName: blankToNull(input.sourceName),
          sourceDateOfBirth: blankToNull(input.sourceDateOfBirth),
          sourceContact: blankToNull(input.sourceContact),
          howCameToLight: input.howCameToLight.trim(),
          whoElseKnows: input.whoElseKnows?.trim() ?? '',
          thirdPartyWillEngage: input.thirdPartyWillEngage ?? null,
          sourceReliability: input.sourceReliability ?? null,
          informationAccuracy: input.informationAccuracy,
          handlingCode: input.handlingCode,
          handlingConditions: input.handlingCode === 'C' ? blankToNull(input.handlingConditions) : null,
          details: input.details.trim(),
          placeDescription: input.placeDescription?.trim() ?? '',
          status: 'RECEIVED',
          receivedAt: now,
          feedbackDueAt: feedbackDueAt(now),
        }),
      );
      const subjects: Partial<ReportSubject>[] = premisesIds.map((premisesId) => ({ kind: 'PREMISES', premisesId }));
      const personIds = [...new Set((input.people ?? []).map((p) => p.personId).filter((id): id is string => !!id))];
      await this.assertPeopleVisible(manager, viewer, personIds);
      for (const person of input.people ?? []) {
        subjects.push(
          person.personId
            ? { kind: 'PERSON', personId: person.personId, linkedAt: now, linkedByUserId: viewer.userId }
            : {
                kind: 'PERSON',
                describedName: blankToNull(person.fullName),
                describedNicknames: [...new Set((person.nicknames ?? []).map((n) => n.trim()).filter(Boolean))],
                describedDateOfBirth: blankToNull(person.dateOfBirth),
              },
        );
      }
      for (const vehicle of input.vehicles ?? [])
        subjects.push({ kind: 'VEHICLE', vehicleId: await this.vehicleFor(manager, vehicle) });
      for (const business of input.businesses ?? [])
        subjects.push({ kind: 'BUSINESS', businessId: await this.businessFor(manager, business) });
      const unique = subjects.filter((s, i) =>
        s.kind === 'PERSON' && !s.personId
          ? true
          : subjects.findIndex(
              (o) =>
                o.kind === s.kind &&
                o.premisesId === s.premisesId &&
                o.personId === s.personId &&
                o.vehicleId === s.vehicleId &&
                o.businessId === s.businessId,
            ) === i,
      );
      if (unique.length)
        await manager.insert(
          ReportSubject,
          unique.map((s) => ({ ...s, reportId: report.id })),
        );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: AUDITED,
        entityIds: [report.id, ...premisesIds, ...personIds],
        purpose: 'Information reports: submit an information report',
        details: {
          sourceType: report.sourceType,
          premises: premisesIds.length,
          people: (input.people ?? []).length,
          vehicles: (input.vehicles ?? []).length,
          businesses: (input.businesses ?? []).length,
        },
      });
      // People only described are linked later (linkPerson), which alerts again if they are monitored.
      await this.alertMonitoring(manager, report.id, premisesIds, personIds);
      await this.remindFeedbackOwed(manager, report);
      return report;
    });
  }

  /**
   * A report naming monitored premises or people alerts their coordinators (never naming the source or referrer).
   * Linking more of its subjects later adds to the same alert.
   */
  private async alertMonitoring(manager: EntityManager, reportId: string, premisesIds: string[], personIds: string[]) {
    if (!premisesIds.length && !personIds.length) return;
    const named = premisesIds.length
      ? (await manager.findBy(Premises, { id: In(premisesIds) })).map((premises) => premises.name).join(', ')
      : 'a person of the register';
    await raiseMonitoringAlerts(manager, {
      source: 'INFORMATION_REPORT',
      sourceId: reportId,
      premisesIds,
      personIds,
      summary: `An information report names ${named}`,
    });
  }

  /**
   * The specialist team owes the referrer feedback: each active intelligence officer is reminded when it falls due,
   * unless it has been given by then (giveFeedback cancels it). The title names no one.
   */
  private async remindFeedbackOwed(manager: EntityManager, report: InformationReport): Promise<void> {
    const officers: { id: string }[] = await manager.query(
      `SELECT id FROM user_account WHERE role = 'INTELLIGENCE_OFFICER' AND disabled_at IS NULL`,
    );
    const subject = { subjectType: 'information_report', subjectId: report.id };
    await Reminders.replaceFor(
      manager,
      subject,
      officers.map((officer) => ({
        ...subject,
        kind: 'REPORT_FEEDBACK_OWED' as const,
        recipient: { type: 'USER' as const, id: officer.id },
        dueAt: report.feedbackDueAt,
        title: `Feedback owed on the information report received ${formatCalendarDate(londonToday(report.receivedAt))}`,
        link: `/reports/${report.id}`,
      })),
      ['REPORT_FEEDBACK_OWED'],
    );
  }

  /** Premises the submitter may see: an agency officer only those their agency takes part in. */
  private async assertPremisesVisible(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM premises p WHERE p.id = ANY($1::uuid[])
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM premises_agency s WHERE s.premises_id = p.id AND s.agency_id = $2::uuid))`,
      [ids, scopingAgency(viewer)],
    );
    if (row.n !== ids.length) throw new NotFound('A premises');
  }

  /** People the submitter may see: an agency officer only those linked to premises their agency takes part in. */
  private async assertPeopleVisible(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM person p WHERE p.id = ANY($1::uuid[])
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM premises_person l JOIN premises_agency s ON s.premises_id = l.premises_id
                                            WHERE l.person_id = p.id AND s.agency_id = $2::uuid))`,
      [ids, scopingAgency(viewer)],
    );
    if (row.n !== ids.length) throw new NotFound('A person');
  }

  /** A registration is an exact key: the register's vehicle with it, or a new one. */
  private async vehicleFor(
    manager: EntityManager,
    input: { registration: string; make?: string | null; model?: string | null; colour?: string | null },
  ): Promise<string> {
    const registration = normaliseRegistration(input.registration);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Vehicle)
      .values({
        registration,
        make: blankToNull(input.make),
        model: blankToNull(input.model),
        colour: blankToNull(input.colour),
      })
      .orIgnore()
      .execute();
    return (await manager.findOneByOrFail(Vehicle, { registration })).id;
  }

  /** A company number is an exact key: the register's business with it, or a new one. */
  private async businessFor(manager: EntityManager, input: { name: string; companyNumber?: string | null }) {
    const companyNumber = blankToNull(input.companyNumber)?.toUpperCase() ?? null;
    const existing = companyNumber ? await manager.findOneBy(Business, { companyNumber }) : null;
    if (existing) return existing.id;
    return (await manager.save(manager.create(Business, { name: input.name.trim(), companyNumber }))).id;
  }

  // Triage -------------------------------------------------------------------------------

  /** Holds the report's row as the user saw it: NOT_FOUND, or CONFLICT when someone changed it since. */
  private async lockAtVersion(manager: EntityManager, id: string, version: number): Promise<InformationReport> {
    const report = await manager
      .getRepository(InformationReport)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!report) throw new NotFound('The information report');
    if (report.version !== version) throw new EditConflict(REPORT);
    return report;
  }

  async assess(viewer: Viewer, id: string, version: number, input: AssessReportInput): Promise<InformationReport> {
    return this.db.transaction(async (manager) => {
      const current = await this.lockAtVersion(manager, id, version);
      const step = triageStepProblem(current.status, 'ASSESSED');
      if (step) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, step);
      assertValid(gradingProblems(current.sourceType, input));
      const report = await updateAtVersion(manager, InformationReport, REPORT, id, version, {
        status: 'ASSESSED',
        sourceReliability: input.sourceReliability ?? null,
        informationAccuracy: input.informationAccuracy,
        handlingCode: input.handlingCode,
        handlingConditions: input.handlingCode === 'C' ? blankToNull(input.handlingConditions) : null,
        assessmentNote: input.note?.trim() ?? '',
        assessedAt: new Date(),
        assessedByUserId: viewer.userId,
      });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Information reports: assess and grade a report',
        details: {
          status: 'ASSESSED',
          grades: `${input.sourceReliability ?? '-'}/${input.informationAccuracy}/${input.handlingCode}`,
        },
      });
      return report;
    });
  }

  async decide(viewer: Viewer, id: string, version: number, input: DecideReportInput): Promise<InformationReport> {
    assertValid(decisionProblems(input));
    return this.db.transaction(async (manager) => {
      const current = await this.lockAtVersion(manager, id, version);
      const step = triageStepProblem(current.status, input.outcome);
      if (step) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, step);
      const report = await updateAtVersion(manager, InformationReport, REPORT, id, version, {
        status: input.outcome,
        decisionReason: input.reason.trim(),
        decidedAt: new Date(),
        decidedByUserId: viewer.userId,
      });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Information reports: decide what becomes of a report',
        details: { status: input.outcome },
      });
      return report;
    });
  }

  /** Closes the loop: what the referrer is told became of their report, once it has an outcome. */
  async giveFeedback(viewer: Viewer, id: string, version: number, feedback: string): Promise<InformationReport> {
    return this.db.transaction(async (manager) => {
      const current = await this.lockAtVersion(manager, id, version);
      if (!isReportOutcome(current.status))
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'Decide what becomes of the report before giving feedback to the referrer.',
        );
      if (current.feedbackGivenAt)
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'Feedback has already been given on this report.');
      assertValid(feedbackProblems(feedback, current));
      const report = await updateAtVersion(manager, InformationReport, REPORT, id, version, {
        feedback: feedback.trim(),
        feedbackGivenAt: new Date(),
        feedbackByUserId: viewer.userId,
      });
      await this.audit.record(manager, viewer, {
        action: 'DISCLOSURE',
        entityType: AUDITED,
        entityIds: [id],
        recipients: [current.agencyId],
        purpose: 'Information reports: feedback to the referrer',
      });
      await Reminders.cancelFor(manager, { subjectType: 'information_report', subjectId: id }, [
        'REPORT_FEEDBACK_OWED',
      ]);
      return report;
    });
  }

  // People named in reports ----------------------------------------------------------------

  /** People of the register who may be the one a report names, best first: suggestions only. */
  async personMatches(viewer: Viewer, subject: ReportSubject): Promise<PersonMatch[]> {
    if (subject.kind !== 'PERSON' || subject.personId) return [];
    const described = {
      fullName: subject.describedName,
      nicknames: subject.describedNicknames,
      dateOfBirth: subject.describedDateOfBirth,
    };
    const { words, dateOfBirth } = searchKeys(described);
    if (!words.length && !dateOfBirth) return [];
    const candidates = await this.audit.consult(
      this.db,
      viewer,
      { entityType: 'person', purpose: 'Information reports: match a person named in a report' },
      (manager) =>
        manager
          .getRepository(Person)
          .createQueryBuilder('p')
          .where(
            `(p.date_of_birth = :dob OR regexp_replace(lower(p.full_name), '[''’.]', '', 'g') ~ ANY(:patterns)
              OR EXISTS (SELECT 1 FROM unnest(p.nicknames) n WHERE lower(n) = ANY(:words)))`,
            {
              dob: dateOfBirth,
              patterns: words.map((w) => `\\m${w.replace(/[^a-z0-9]/g, '')}\\M`),
              words,
            },
          )
          .orderBy('p.full_name', 'ASC')
          .take(50)
          .getMany(),
    );
    return rankMatches(described, candidates);
  }

  /**
   * Links a person a report names to the register: a person an intelligence officer confirmed, or a new one
   * recorded as described; never silently. Optionally links them to a premises of the report, through the
   * register's own linking. Audited as a combination.
   */
  async linkPerson(viewer: Viewer, subjectId: string, input: LinkReportPersonInput): Promise<ReportSubject> {
    if (!!input.personId === !!input.asNewPerson)
      throw new ValidationFailed([
        { field: 'personId', message: 'Choose a person of the register or record a new one, not both' },
      ]);
    if (input.premisesId && !input.role)
      throw new ValidationFailed([{ field: 'role', message: 'Choose how the person is linked to the premises' }]);
    return this.db.transaction(async (manager) => {
      const subject = await manager
        .getRepository(ReportSubject)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :subjectId', { subjectId })
        .getOne();
      if (!subject || subject.kind !== 'PERSON') throw new NotFound('The person named in the report');
      if (subject.personId)
        throw new DomainError(DomainErrorCode.CONFLICT, 'This person has already been linked to the register.');
      let personId = input.personId ?? null;
      if (personId) {
        if (!(await manager.existsBy(Person, { id: personId }))) throw new NotFound('The person');
      } else {
        const name = subject.describedName ?? subject.describedNicknames[0];
        personId = (
          await manager.save(
            manager.create(Person, {
              fullName: name,
              nicknames: subject.describedNicknames,
              dateOfBirth: subject.describedDateOfBirth,
              notes: '',
            }),
          )
        ).id;
        await this.audit.record(manager, viewer, {
          action: 'COLLECTION',
          entityType: 'person',
          entityIds: [personId],
          purpose: 'Information reports: record a person named in a report',
        });
      }
      await manager.update(
        ReportSubject,
        { id: subjectId },
        { personId, linkedAt: new Date(), linkedByUserId: viewer.userId },
      );
      await this.audit.record(manager, viewer, {
        action: 'COMBINATION',
        entityType: 'information_report_subject',
        entityIds: [subjectId, subject.reportId, personId],
        purpose: 'Information reports: link a person named in a report to the register',
        details: { asNewPerson: !!input.asNewPerson },
      });
      if (input.premisesId) {
        const ofReport = await manager.existsBy(ReportSubject, {
          reportId: subject.reportId,
          premisesId: input.premisesId,
        });
        if (!ofReport)
          throw new ValidationFailed([{ field: 'premisesId', message: 'Choose a premises the report is about' }]);
        await this.premises.linkPersonWithin(
          manager,
          viewer,
          input.premisesId,
          { personId, role: input.role! },
          'keep',
        );
      }
      await this.alertMonitoring(manager, subject.reportId, [], [personId]);
      return manager.findOneByOrFail(ReportSubject, { id: subjectId });
    });
  }

  /** Links a report to a premises of the register (a place it described that is now in the register). */
  async linkPremises(viewer: Viewer, reportId: string, premisesId: string): Promise<ReportSubject> {
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(InformationReport, { id: reportId }))) throw new NotFound('The information report');
      await this.assertPremisesVisible(manager, viewer, [premisesId]);
      if (await manager.existsBy(ReportSubject, { reportId, premisesId }))
        throw new ValidationFailed([{ field: 'premisesId', message: 'The report is already linked to this premises' }]);
      const subject = await manager.save(
        manager.create(ReportSubject, {
          reportId,
          kind: 'PREMISES',
          premisesId,
          linkedAt: new Date(),
          linkedByUserId: viewer.userId,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COMBINATION',
        entityType: 'information_report_subject',
        entityIds: [subject.id, reportId, premisesId],
        purpose: 'Information reports: link a report to a premises',
      });
      await this.alertMonitoring(manager, reportId, [premisesId], []);
      return subject;
    });
  }

  // The mosaic -----------------------------------------------------------------------------

  /**
   * Every report about a premises or a person, newest first, and what those reports link to besides it (with how
   * many reports name each): the small pieces put together.
   */
  async mosaic(
    viewer: Viewer,
    of: { premisesId?: string | null; personId?: string | null },
  ): Promise<{ id: string; reportIds: string[]; links: MosaicLinkModel[] }> {
    const column = of.premisesId ? 'premises_id' : 'person_id';
    const id = of.premisesId ?? of.personId;
    if (!id || (of.premisesId && of.personId))
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'Choose a premises or a person for the mosaic.');
    const exists = of.premisesId
      ? await this.db.query('SELECT 1 FROM premises WHERE id = $1', [id])
      : await this.db.query('SELECT 1 FROM person WHERE id = $1', [id]);
    if (!exists.length) throw new NotFound(of.premisesId ? 'The premises' : 'The person');
    const reports = await this.consult(viewer, 'Information reports: the mosaic of a premises or person', (manager) =>
      this.reports(manager, viewer)
        .andWhere(
          `EXISTS (SELECT 1 FROM information_report_subject s WHERE s.report_id = r.id AND s.${column} = :id)`,
          {
            id,
          },
        )
        .orderBy('r.became_aware_at', 'DESC')
        .addOrderBy('r.id', 'ASC')
        .getMany(),
    );
    const reportIds = reports.map((r) => r.id);
    const when = new Map(reports.map((r) => [r.id, r.becameAwareAt]));
    const links = new Map<string, MosaicLinkModel>();
    for (const subject of await this.subjectsOf(
      reportIds.length ? reportIds : ['00000000-0000-4000-8000-000000000000'],
    )) {
      const linkedId = subject.premisesId ?? subject.personId ?? subject.vehicleId ?? subject.businessId;
      if (!linkedId || linkedId === id) continue;
      const key = `${subject.kind}:${linkedId}`;
      const at = when.get(subject.reportId)!;
      const link = links.get(key);
      if (link) {
        link.reportCount += 1;
        if (at > link.lastReportedAt) link.lastReportedAt = at;
      } else links.set(key, { kind: subject.kind, id: linkedId, reportCount: 1, lastReportedAt: at });
    }
    return {
      id,
      reportIds,
      links: [...links.values()].sort(
        (a, b) => b.reportCount - a.reportCount || b.lastReportedAt.getTime() - a.lastReportedAt.getTime(),
      ),
    };
  }

  /**
   * Premises and people named in reports received since a time, other than those the specialist team closed
   * with no further action: the weekly meeting's agenda is drawn from these.
   */
  async recentSubjects(manager: EntityManager, since: Date): Promise<RecentSubject[]> {
    const rows: { kind: 'PREMISES' | 'PERSON'; id: string; report_ids: string[]; last: Date }[] = await manager.query(
      `SELECT s.kind, coalesce(s.premises_id, s.person_id) AS id, array_agg(DISTINCT r.id) AS report_ids,
              max(r.received_at) AS last
         FROM information_report_subject s JOIN information_report r ON r.id = s.report_id
        WHERE r.received_at >= $1 AND r.status <> 'NO_FURTHER_ACTION'
          AND (s.premises_id IS NOT NULL OR s.person_id IS NOT NULL)
        GROUP BY s.kind, coalesce(s.premises_id, s.person_id)
        ORDER BY count(DISTINCT r.id) DESC, max(r.received_at) DESC`,
      [since],
    );
    return rows.map((row) => ({ kind: row.kind, id: row.id, reportIds: row.report_ids, lastReportedAt: row.last }));
  }
}
