import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReminderKind } from '@lantern/shared/domain';

export type ReminderStatus = 'PENDING' | 'SENT' | 'CANCELLED';
/** Who a reminder is for: a user, the users linked to an officer, or every active user of an agency. */
export type ReminderRecipientType = 'USER' | 'OFFICER' | 'AGENCY';

/**
 * The outbox: a reminder is written in the same transaction as the change that causes it, and is the truth
 * about whether it went out. The relay hands its id to a BullMQ delayed job; the sender marks it SENT with
 * `UPDATE ... WHERE status = 'PENDING'`, so a retried or duplicated job never notifies twice.
 * Rows never change their due time or recipient: rescheduling cancels a row and writes a new one.
 */
@Entity('reminder')
@Index('reminder_pending_due', ['status', 'dueAt'])
@Index('reminder_subject', ['subjectType', 'subjectId'])
@Index('reminder_once', ['kind', 'subjectType', 'subjectId', 'recipientType', 'recipientId', 'dueAt'], {
  unique: true,
  where: `status <> 'CANCELLED'`,
})
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: ReminderKind;

  /** What it is about, e.g. `task` and the task's id (or a key such as a digest's week). */
  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'varchar', length: 80 })
  subjectId: string;

  @Column({ type: 'varchar', length: 10 })
  recipientType: ReminderRecipientType;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  /** What the notification says (shown in the app only; emails carry no case data). */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** Where in the web app it leads, e.g. `/tasks`. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: ReminderStatus;

  /** When the relay last handed it to the queue; cleared when Redis lost its jobs. */
  @Column({ type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
