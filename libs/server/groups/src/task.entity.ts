import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { TaskPriority, TaskStatus } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';
import { TaskAndFinishGroup } from './task-and-finish-group.entity';

/**
 * Something that needs doing, owned by an agency and, where named, one of its officers. Most belong to a task
 * and finish group; follow-ups of an enforcement action at a premises with no open group have none, only the
 * premises.
 */
@Entity('task')
@Index('task_open_due', ['status', 'dueOn'])
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup> | null;

  /** The premises the task is about, when it is a follow-up of something done there. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  premisesId: string | null;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises> | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  details: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id' })
  ownerAgency: Relation<Agency>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ownerOfficerId: string | null;

  @ManyToOne(() => Officer, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_officer_id' })
  ownerOfficer: Relation<Officer> | null;

  /** A London date (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'varchar', length: 10, default: 'MEDIUM' })
  priority: TaskPriority;

  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: TaskStatus;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('task_comment')
export class TaskComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Relation<Task>;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
