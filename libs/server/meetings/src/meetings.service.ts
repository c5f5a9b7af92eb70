import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DateTime } from 'luxon';
import { assertValid, EditConflict, NotFound, updateAtVersion, ValidationFailed } from '@lantern/server/core';
import {
  AGENDA_LOOKBACK_DAYS,
  blankToNull,
  formatCalendarDate,
  ROLES_READING_INTELLIGENCE,
  clipText,
} from '@lantern/shared/domain';
import type { Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Agency } from '@lantern/server/agencies';
import { GroupsService, recordGroupEvent, Task } from '@lantern/server/groups';
import { Person, Premises } from '@lantern/server/premises';
import { InformationReportsService } from '@lantern/server/intelligence';
import { IntelligenceMeeting, MeetingDecision, MeetingItem } from './intelligence-meeting.entity';
import { agendaReason, decisionProblems, meetingProblems, minutesProblems } from './meeting.rules';
import type { AddMeetingItemInput, MeetingDecisionInput, ScheduleMeetingInput } from './meeting.types';

const AUDITED = 'intelligence_meeting';

function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The weekly intelligence meeting (domain.md, step 2): its agenda drawn from recent information reports, the
 * minutes of each item, and its decisions; forming a task and finish group goes through the groups service in the
 * same transaction as the decision.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly groups: GroupsService,
    private readonly reports: InformationReportsService,
  ) {}

  // Reading ------------------------------------------------------------------------------

  list(viewer: Viewer): Promise<IntelligenceMeeting[]> {
    return this.audit.consult(this.db, viewer, { entityType: AUDITED, purpose: 'Intelligence meetings: list' }, (m) =>
      m.find(IntelligenceMeeting, { order: { heldOn: 'DESC', createdAt: 'DESC' }, take: 100 }),
    );
  }

  async get(viewer: Viewer, id: string): Promise<IntelligenceMeeting> {
    const [meeting] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Intelligence meetings: view a meeting' },
      (m) => m.findBy(IntelligenceMeeting, { id }),
    );
    if (!meeting) throw new NotFound('The intelligence meeting');
    return meeting;
  }

  itemsOf(meetingIds: readonly string[]): Promise<MeetingItem[]> {
    return this.db
      .getRepository(MeetingItem)
      .find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  decisionsOf(itemIds: readonly string[]): Promise<MeetingDecision[]> {
    return this.db
      .getRepository(MeetingDecision)
      .find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The meeting decisions that formed these groups, with the meeting's date and the item's reports. */
  async originsOf(
    groupIds: readonly string[],
  ): Promise<
    { groupId: string; meetingId: string; heldOn: string; decisionId: string; decision: string; reportIds: string[] }[]
  > {
    const rows: {
      group_id: string;
      meeting_id: string;
      held_on: string;
      decision_id: string;
      text: string;
      report_ids: string[];
    }[] = await this.db.query(
      `SELECT d.group_id, d.meeting_id, to_char(m.held_on, 'YYYY-MM-DD') AS held_on, d.id AS decision_id, d.text,
              i.report_ids
         FROM meeting_decision d JOIN intelligence_meeting m ON m.id = d.meeting_id JOIN meeting_item i ON i.id = d.item_id
        WHERE d.group_id = ANY($1::uuid[])`,
      [groupIds],
    );
    return rows.map((row) => ({
      groupId: row.group_id,
      meetingId: row.meeting_id,
      heldOn: row.held_on,
      decisionId: row.decision_id,
      decision: row.text,
      reportIds: row.report_ids,
    }));
  }

  // Scheduling and the agenda ---------------------------------------------------------------

  /**
   * Schedules a meeting with its agenda drawn from the premises and people named in information reports since
   * the meeting before (or the last four weeks), the most reported first.
   */
  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<IntelligenceMeeting> {
    assertValid(meetingProblems(input));
    const agencyIds = [...new Set(input.attendingAgencyIds)];
    return this.db.transaction(async (manager) => {
      if ((await manager.countBy(Agency, { id: In(agencyIds) })) !== agencyIds.length)
        throw new ValidationFailed([{ field: 'attendingAgencyIds', message: 'Choose agencies from the list' }]);
      const chairUserId = input.chairUserId ?? viewer.userId;
      const [chair] = await manager.query(
        'SELECT id FROM user_account WHERE id = $1 AND disabled_at IS NULL AND role = ANY($2::text[])',
        [chairUserId, ROLES_READING_INTELLIGENCE],
      );
      if (!chair)
        throw new ValidationFailed([
          {
            field: 'chairUserId',
            message: 'The chair must be an active intelligence officer, coordinator or administrator',
          },
        ]);
      const meeting = await manager.save(
        manager.create(IntelligenceMeeting, {
          heldOn: input.heldOn,
          chairUserId,
          attendingAgencyIds: agencyIds,
          createdByUserId: viewer.userId,
        }),
      );
      const [previous]: { held_on: string }[] = await manager.query(
        `SELECT to_char(max(held_on), 'YYYY-MM-DD') AS held_on FROM intelligence_meeting WHERE held_on < $1 AND id <> $2`,
        [input.heldOn, meeting.id],
      );
      const since = previous?.held_on ?? daysBefore(input.heldOn, AGENDA_LOOKBACK_DAYS);
      const londonMidnight = DateTime.fromISO(since, { zone: 'Europe/London' }).startOf('day').toJSDate();
      const subjects = await this.reports.recentSubjects(manager, londonMidnight);
      // Then what is under monitoring on the meeting's day and not already on the agenda through a report.
      const reported = new Set(subjects.map((subject) => subject.id));
      const monitored = (await this.monitoredOn(manager, input.heldOn)).filter((subject) => !reported.has(subject.id));
      const items = [
        ...subjects.map((subject) => ({
          kind: subject.kind,
          id: subject.id,
          reason: agendaReason(subject.reportIds.length, formatCalendarDate(since)),
          reportIds: subject.reportIds,
        })),
        ...monitored.map((subject) => ({
          kind: subject.kind,
          id: subject.id,
          reason: `Under monitoring until ${formatCalendarDate(subject.endsOn)}`,
          reportIds: [] as string[],
        })),
      ];
      if (items.length)
        await manager.insert(
          MeetingItem,
          items.map((item, index) => ({
            meetingId: meeting.id,
            kind: item.kind,
            premisesId: item.kind === 'PREMISES' ? item.id : null,
            personId: item.kind === 'PERSON' ? item.id : null,
            reason: item.reason,
            reportIds: item.reportIds,
            position: index + 1,
          })),
        );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: AUDITED,
        entityIds: [meeting.id, ...items.map((item) => item.id)],
        purpose: 'Intelligence meetings: schedule a meeting and draw its agenda',
        details: { items: items.length, monitored: monitored.length },
      });
      return meeting;
    });
  }

  /** The premises and people under an active monitoring on that day, each once. */
  private async monitoredOn(
    manager: EntityManager,
    day: string,
  ): Promise<{ kind: 'PREMISES' | 'PERSON'; id: string; endsOn: string }[]> {
    return manager.query(
      `SELECT DISTINCT ON (coalesce(s.premises_id, s.person_id))
              s.kind, coalesce(s.premises_id, s.person_id) AS id, to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM monitored_subject s JOIN monitoring m ON m.id = s.monitoring_id
        WHERE m.status = 'ACTIVE' AND m.ends_on >= $1::date
        ORDER BY coalesce(s.premises_id, s.person_id), m.ends_on DESC`,
      [day],
    );
  }

  async addItem(viewer: Viewer, meetingId: string, input: AddMeetingItemInput): Promise<MeetingItem> {
    if (!!input.premisesId === !!input.personId)
      throw new ValidationFailed([{ field: 'premisesId', message: 'Choose a premises or a person, not both' }]);
    return this.db.transaction(async (manager) => {
      const meeting = await manager
        .getRepository(IntelligenceMeeting)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :meetingId', { meetingId })
        .getOne();
      if (!meeting) throw new NotFound('The intelligence meeting');
      if (input.premisesId && !(await manager.existsBy(Premises, { id: input.premisesId })))
        throw new NotFound('The premises');
      if (input.personId && !(await manager.existsBy(Person, { id: input.personId }))) throw new NotFound('The person');
      const onAgenda = await manager.existsBy(
        MeetingItem,
        input.premisesId ? { meetingId, premisesId: input.premisesId } : { meetingId, personId: input.personId! },
      );
      if (onAgenda) throw new ValidationFailed([{ field: 'premisesId', message: 'This is already on the agenda' }]);
      const [{ n }]: { n: number }[] = await manager.query(
        'SELECT coalesce(max(position), 0)::int AS n FROM meeting_item WHERE meeting_id = $1',
        [meetingId],
      );
      const item = await manager.save(
        manager.create(MeetingItem, {
          meetingId,
          kind: input.premisesId ? 'PREMISES' : 'PERSON',
          premisesId: input.premisesId ?? null,
          personId: input.personId ?? null,
          reason: input.reason?.trim() ?? '',
          position: n + 1,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COMBINATION',
        entityType: 'meeting_item',
        entityIds: [item.id, meetingId, (input.premisesId ?? input.personId)!],
        purpose: 'Intelligence meetings: put a premises or person on the agenda',
      });
      return item;
    });
  }

  async recordMinutes(viewer: Viewer, itemId: string, version: number, minutes: string): Promise<MeetingItem> {
    assertValid(minutesProblems(minutes));
    return this.db.transaction(async (manager) => {
      const item = await updateAtVersion(manager, MeetingItem, 'These minutes', itemId, version, {
        minutes: minutes.trim(),
      });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'meeting_item',
        entityIds: [itemId],
        purpose: 'Intelligence meetings: record the minutes of an item',
        details: { version: item.version },
      });
      return item;
    });
  }

  /**
   * Records a decision about an item. An agreed action becomes a task for its owning agency (on the item's premises).
   * "Form a task and finish group" forms it for the item's premises through the
   * groups service, in this transaction: the group's rules, sharing with its members (a disclosure), audit and
   * timeline apply, and the group is linked to the meeting and its decision.
   */
  async decide(
    viewer: Viewer,
    itemId: string,
    itemVersion: number,
    input: MeetingDecisionInput,
  ): Promise<MeetingDecision> {
    const groupInput = input.kind === 'FORM_GROUP' && input.group ? input.group : null;
    return this.db.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId, itemVersion);
      assertValid(decisionProblems({ ...input, hasGroup: !!groupInput, itemKind: item.kind }));
      if (input.ownerAgencyId && !(await manager.existsBy(Agency, { id: input.ownerAgencyId })))
        throw new ValidationFailed([{ field: 'ownerAgencyId', message: 'Choose an agency from the list' }]);
      const meeting = await manager.findOneByOrFail(IntelligenceMeeting, { id: item.meetingId });
      let groupId: string | null = null;
      if (groupInput) {
        const newGroup = { ...groupInput, premisesIds: [item.premisesId!] };
        this.groups.assertNewGroupInput(newGroup);
        groupId = (await this.groups.createWithin(manager, viewer, newGroup)).id;
      }
      await updateAtVersion(manager, MeetingItem, 'This agenda item', itemId, itemVersion, {});
      const decision = await manager.save(
        manager.create(MeetingDecision, {
          meetingId: item.meetingId,
          itemId,
          kind: input.kind,
          text: input.text.trim(),
          ownerAgencyId: input.kind === 'ACTION' ? (input.ownerAgencyId ?? null) : null,
          groupId,
          decidedByUserId: viewer.userId,
        }),
      );
      const task = decision.ownerAgencyId
        ? await manager.save(
            manager.create(Task, {
              groupId: null,
              premisesId: item.premisesId,
              title: clipText(`Meeting action: ${decision.text}`, 200),
              details: `Agreed at the weekly intelligence meeting of ${formatCalendarDate(meeting.heldOn)}: ${decision.text}`,
              ownerAgencyId: decision.ownerAgencyId,
              priority: 'MEDIUM',
              status: 'OPEN',
              createdByUserId: viewer.userId,
            }),
          )
        : null;
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'meeting_decision',
        entityIds: [decision.id, item.meetingId, itemId, ...(groupId ? [groupId] : []), ...(task ? [task.id] : [])],
        purpose: 'Intelligence meetings: record a decision',
        details: { kind: input.kind, ...(task ? { taskId: task.id } : {}) },
      });
      if (groupId) {
        const reports = item.reportIds.length;
        await recordGroupEvent(manager, viewer, groupId, {
          kind: 'FORMED_AT_MEETING',
          summary: `Formed by the weekly intelligence meeting of ${formatCalendarDate(meeting.heldOn)}${
            reports ? `, on ${reports} information report${reports === 1 ? '' : 's'}` : ''
          }: ${blankToNull(input.text) ?? ''}`,
          subjectId: decision.id,
        });
      }
      return decision;
    });
  }

  private async lockItem(manager: EntityManager, id: string, version: number): Promise<MeetingItem> {
    const item = await manager
      .getRepository(MeetingItem)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
    if (!item) throw new NotFound('The agenda item');
    if (item.version !== version) throw new EditConflict('This agenda item');
    return item;
  }
}
