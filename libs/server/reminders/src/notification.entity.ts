import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReminderKind } from '@lantern/shared/domain';

export type EmailStatus = 'PENDING' | 'SENT' | 'NONE';

/** One user's copy of a sent reminder: their in-app inbox, and the state of the email telling them of it. */
@Entity('notification')
@Index('notification_once', ['reminderId', 'userId'], { unique: true })
@Index('notification_inbox', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  reminderId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: ReminderKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  emailStatus: EmailStatus;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
