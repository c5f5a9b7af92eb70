import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  NotFound,
  updateAtVersion,
  ValidationFailed,
} from '@lantern/server/core';
import {
  FINISHED_TASK_STATUSES,
  londonToday,
  mayCoordinate,
  scopingAgency,
  TASK_STATUS_LABELS,
  Viewer,
} from '@lantern/shared/domain';
import type { TaskStatus } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Agency, Officer } from '@lantern/server/agencies';
import { GroupAgency, TaskAndFinishGroup } from './task-and-finish-group.entity';
import { Task, TaskComment } from './task.entity';
import { commentProblems, taskProblems, taskStatusProblem } from './group.rules';
import { whereGroupVisible } from './group-scope';
import { recordGroupEvent } from './group-timeline';
import type { TaskInput } from './group.types';
import { scheduleTaskReminders } from './task-reminders';

const AUDITED = 'task';

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * An agency officer sees the tasks of groups their agency is a member of, and group-less tasks (follow-ups
   * at a premises with no open group) only when their agency owns them; coordinating roles see every task.
   */
  private visibleTasks(manager: EntityManager, viewer: Viewer | null) {
    const query = manager.getRepository(Task).createQueryBuilder('task');
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return query;
    return query.andWhere(
      `(task.group_id IS NULL AND task.owner_agency_id = :taskAgencyId
        OR EXISTS (SELECT 1 FROM group_agency member WHERE member.group_id = task.group_id AND member.agency_id = :taskAgencyId))`,
      { taskAgencyId: agencyId },
    );
  }

  async get(viewer: Viewer | null, id: string): Promise<Task> {
    const [task] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: AUDITED, purpose: 'Tasks: view a task' },
      (manager) => this.visibleTasks(manager, viewer).andWhere('task.id = :id', { id }).getMany(),
    );
    if (!task) throw new NotFound('The task');
    return task;
  }

  tasksOfGroups(viewer: Viewer | null, groupIds: readonly string[]): Promise<Task[]> {
    return this.audit.consult(this.db, viewer, { entityType: AUDITED, purpose: 'Tasks: tasks of a group' }, (manager) =>
      this.visibleTasks(manager, viewer)
        .andWhere('task.group_id IN (:...groupIds)', { groupIds })
        .orderBy(`CASE WHEN task.status IN ('DONE', 'CANCELLED') THEN 1 ELSE 0 END`, 'ASC')
        .addOrderBy('task.due_on', 'ASC', 'NULLS LAST')
        .addOrderBy('task.created_at', 'ASC')
        .getMany(),
    );
  }

  /**
   * The viewer's tasks: those given to them by name (through their officer record) and those given to
   * their agency without a named officer. Unfinished first, the most overdue at the top.
   */
  async mine(viewer: Viewer, includeFinished: boolean): Promise<Task[]> {
    return this.audit.consult(this.db, viewer, { entityType: AUDITED, purpose: 'Tasks: my tasks' }, async (manager) => {
      const query = this.visibleTasks(manager, viewer).andWhere(
        `(task.owner_officer_id = (SELECT officer_id FROM user_account WHERE id = :userId)
          OR (task.owner_agency_id = :agencyId AND task.owner_officer_id IS NULL))`,
        { userId: viewer.userId, agencyId: viewer.agencyId },
      );
      if (!includeFinished) query.andWhere('task.status NOT IN (:...finished)', { finished: FINISHED_TASK_STATUSES });
      return query
        .orderBy(`CASE WHEN task.status IN ('DONE', 'CANCELLED') THEN 1 ELSE 0 END`, 'ASC')
        .addOrderBy('task.due_on', 'ASC', 'NULLS LAST')
        .addOrderBy('task.created_at', 'ASC')
        .take(500)
        .getMany();
    });
  }

  commentsOf(viewer: Viewer | null, taskIds: readonly string[]): Promise<TaskComment[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'task_comment', purpose: 'Tasks: read comments' },
      (manager) => manager.find(TaskComment, { where: { taskId: In([...taskIds]) }, order: { createdAt: 'ASC' } }),
    );
  }

  async create(viewer: Viewer | null, groupId: string, input: TaskInput): Promise<Task> {
    const today = londonToday();
    assertValid(taskProblems(input, today));
    return this.db.transaction(async (manager) => {
      const group = await this.openGroup(manager, viewer, groupId);
      const ownerOfficer = await this.assertOwner(manager, groupId, input);
      const task = await manager.save(
        manager.create(Task, {
          ...taskColumns(input),
          groupId: group.id,
          status: 'OPEN',
          createdByUserId: viewer?.userId ?? null,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: AUDITED,
        entityIds: [task.id, groupId],
        purpose: 'Tasks: add a task to a group',
      });
      await scheduleTaskReminders(manager, task);
      await recordGroupEvent(manager, viewer, groupId, {
        kind: 'TASK_ADDED',
        summary: `Task added: ${task.title}${ownerOfficer ? ` (for ${ownerOfficer.name})` : ''}`,
        subjectId: task.id,
      });
      return task;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: TaskInput): Promise<Task> {
    const existing = await this.get(viewer, id);
    assertValid(taskProblems(input, londonToday(), existing.dueOn));
    return this.db.transaction(async (manager) => {
      if (existing.groupId) await this.openGroup(manager, viewer, existing.groupId);
      await this.assertOwner(manager, existing.groupId, input);
      const task = await updateAtVersion(manager, Task, 'This task', id, version, taskColumns(input));
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Tasks: edit a task',
        details: { version: task.version },
      });
      await scheduleTaskReminders(manager, task);
      if (task.groupId)
        await recordGroupEvent(manager, viewer, task.groupId, {
          kind: 'TASK_CHANGED',
          summary: `Task changed: ${task.title}`,
          subjectId: id,
        });
      return task;
    });
  }

  /** Coordinators, and officers of the agency that owns the task, move it on; a comment may say why. */
  async setStatus(
    viewer: Viewer,
    id: string,
    version: number,
    status: TaskStatus,
    comment: string | null,
  ): Promise<Task> {
    assertValid(taskStatusProblem(status));
    if (comment?.trim()) assertValid(commentProblems(comment));
    const existing = await this.get(viewer, id);
    this.assertMayWorkOn(viewer, existing);
    return this.db.transaction(async (manager) => {
      const task = await updateAtVersion(manager, Task, 'This task', id, version, {
        status,
        completedAt: FINISHED_TASK_STATUSES.includes(status) ? new Date() : null,
      });
      if (comment?.trim())
        await manager.insert(TaskComment, { taskId: id, authorUserId: viewer.userId, body: comment.trim() });
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: AUDITED,
        entityIds: [id],
        purpose: 'Tasks: change the status of a task',
        details: { from: existing.status, to: status },
      });
      await scheduleTaskReminders(manager, task);
      if (task.groupId)
        await recordGroupEvent(manager, viewer, task.groupId, {
          kind: 'TASK_STATUS_CHANGED',
          summary: `${task.title}: ${TASK_STATUS_LABELS[existing.status].toLowerCase()} → ${TASK_STATUS_LABELS[status].toLowerCase()}`,
          subjectId: id,
        });
      return task;
    });
  }

  async comment(viewer: Viewer, taskId: string, body: string): Promise<TaskComment> {
    assertValid(commentProblems(body));
    const task = await this.get(viewer, taskId);
    return this.db.transaction(async (manager) => {
      const comment = await manager.save(
        manager.create(TaskComment, { taskId, authorUserId: viewer.userId, body: body.trim() }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'task_comment',
        entityIds: [comment.id, taskId],
        purpose: 'Tasks: comment on a task',
      });
      if (task.groupId)
        await recordGroupEvent(manager, viewer, task.groupId, {
          kind: 'TASK_COMMENTED',
          summary: `Comment on ${task.title}`,
          subjectId: taskId,
        });
      return comment;
    });
  }

  private assertMayWorkOn(viewer: Viewer, task: Task): void {
    if (mayCoordinate(viewer.role) || task.ownerAgencyId === viewer.agencyId) return;
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      'Only the agency that owns this task, or a coordinator, can change its status.',
    );
  }

  /** Tasks belong to a group that is still open and that the viewer may see. */
  private async openGroup(manager: EntityManager, viewer: Viewer | null, groupId: string): Promise<TaskAndFinishGroup> {
    const group = await whereGroupVisible(
      manager.getRepository(TaskAndFinishGroup).createQueryBuilder('g'),
      viewer,
      'g.id',
    )
      .andWhere('g.id = :groupId', { groupId })
      .getOne();
    if (!group) throw new NotFound('The task and finish group');
    if (group.stage === 'CLOSED') {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'This group is closed: its tasks can no longer change.');
    }
    return group;
  }

  /**
   * The owner agency must be a member of the group (or, for a group-less task, an agency), and a named officer
   * must be an active officer of it.
   */
  private async assertOwner(manager: EntityManager, groupId: string | null, input: TaskInput): Promise<Officer | null> {
    if (!groupId && !(await manager.existsBy(Agency, { id: input.ownerAgencyId }))) {
      throw new ValidationFailed([{ field: 'ownerAgencyId', message: 'Choose an agency from the list' }]);
    }
    if (groupId && !(await manager.existsBy(GroupAgency, { groupId, agencyId: input.ownerAgencyId }))) {
      throw new ValidationFailed([
        { field: 'ownerAgencyId', message: 'Choose an agency that is a member of the group' },
      ]);
    }
    if (!input.ownerOfficerId) return null;
    const officer = await manager.findOneBy(Officer, { id: input.ownerOfficerId });
    if (!officer || officer.agencyId !== input.ownerAgencyId || !officer.active) {
      throw new ValidationFailed([
        { field: 'ownerOfficerId', message: 'Choose an active officer of the owning agency' },
      ]);
    }
    return officer;
  }
}

function taskColumns(input: TaskInput) {
  return {
    title: input.title.trim(),
    details: input.details?.trim() ?? '',
    ownerAgencyId: input.ownerAgencyId,
    ownerOfficerId: input.ownerOfficerId || null,
    dueOn: input.dueOn?.trim() || null,
    priority: input.priority,
  };
}
