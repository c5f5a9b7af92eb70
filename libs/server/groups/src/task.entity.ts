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
import { TaskAndFinishGroup } from './task-and-finish-group.entity';

/** Something a group needs done, owned by an agency and, where named, one of its officers. */
@Entity('task')
@Index('task_open_due', ['status', 'dueOn'])
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

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
