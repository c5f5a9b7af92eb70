import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { GroupStage, ReviewSchedule } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';

/**
 * A task and finish group: partners brought together to disrupt one premises or a cluster of them.
 * Any agency can lead; one coordinator runs it.
 */
@Entity('task_and_finish_group')
export class TaskAndFinishGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  objective: string;

  @Column({ type: 'text', default: '' })
  termsOfReference: string;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'TASKING' })
  stage: GroupStage;

  @Index()
  @Column({ type: 'uuid' })
  leadAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id' })
  leadAgency: Relation<Agency>;

  /** The user who coordinates the group (a coordinating manager). */
  @Index()
  @Column({ type: 'uuid' })
  coordinatorUserId: string;

  @Column({ type: 'text', nullable: true })
  closureSummary: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  reviewSchedule: ReviewSchedule | null;

  /** The last day of monitoring (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  monitoringEndsOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The group board lists the most recently changed groups first. */
  @Index('task_and_finish_group_updated_at')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A premises the group targets. */
@Entity('group_premises')
@Unique('group_premises_key', ['groupId', 'premisesId'])
export class GroupPremises {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An agency that is a member of the group; its officers see the group, its visits and its premises. */
@Entity('group_agency')
@Unique('group_agency_key', ['groupId', 'agencyId'])
export class GroupAgency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A named officer who sits on the group for their agency. */
@Entity('group_officer')
@Unique('group_officer_key', ['groupId', 'officerId'])
export class GroupOfficer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

  @Index()
  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => Officer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_id' })
  officer: Relation<Officer>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The group's timeline: one row for everything that happened to it, its tasks and its visits,
 * in the transaction of the change. Summaries name records, never personal data beyond what members see.
 */
@Entity('group_event')
@Index('group_event_timeline', ['groupId', 'occurredAt'])
export class GroupEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** What happened, e.g. GROUP_FORMED, STAGE_CHANGED, TASK_ADDED, VISIT_PLANNED. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'text' })
  summary: string;

  /** The record it is about (a task, a visit plan), when there is one. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;
}
