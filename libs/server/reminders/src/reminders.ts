import { EntityManager, In } from 'typeorm';
import type { ReminderKind } from '@lantern/shared/domain';
import { Reminder, ReminderRecipientType } from './reminder.entity';

export interface ReminderSubject {
  /** e.g. `task`, `enforcement_action`, `visit_officer`, `group`, `information_report`. */
  subjectType: string;
  subjectId: string;
}

export interface ReminderRecipient {
  type: ReminderRecipientType;
  id: string;
}

export interface ReminderSpec extends ReminderSubject {
  kind: ReminderKind;
  recipient: ReminderRecipient;
  dueAt: Date;
  title: string;
  link: string;
}

const key = (r: {
  kind: string;
  recipientType: string;
  recipientId: string;
  dueAt: Date;
  title: string;
  link: string;
}) => [r.kind, r.recipientType, r.recipientId, r.dueAt.toISOString(), r.title, r.link].join('|');

const row = (spec: ReminderSpec) => ({
  kind: spec.kind,
  subjectType: spec.subjectType,
  subjectId: spec.subjectId,
  recipientType: spec.recipient.type,
  recipientId: spec.recipient.id,
  dueAt: spec.dueAt,
  title: spec.title.slice(0, 300),
  link: spec.link.slice(0, 300),
  status: 'PENDING' as const,
});

/**
 * Scheduling reminders, always inside the caller's transaction (the outbox): if the change that causes them
 * rolls back, so do they, and nothing here touches Redis (the worker's relay hands them to the queue).
 */
export const Reminders = {
  /** Adds one reminder; an identical one already pending or sent is left as it is. */
  async schedule(manager: EntityManager, spec: ReminderSpec): Promise<void> {
    await manager.createQueryBuilder().insert().into(Reminder).values(row(spec)).orIgnore().execute();
  },

  /** Cancels the subject's pending reminders (of the given kinds, or all). */
  async cancelFor(manager: EntityManager, subject: ReminderSubject, kinds?: readonly ReminderKind[]): Promise<void> {
    await manager.update(
      Reminder,
      {
        subjectType: subject.subjectType,
        subjectId: subject.subjectId,
        status: 'PENDING',
        ...(kinds ? { kind: In([...kinds]) } : {}),
      },
      { status: 'CANCELLED', cancelledAt: new Date() },
    );
  },

  /**
   * Makes the subject's pending reminders (of the given kinds, or all) exactly `specs`: those no longer wanted
   * (or whose time, recipient or words changed) are cancelled, new ones added, unchanged ones kept as they are.
   */
  async replaceFor(
    manager: EntityManager,
    subject: ReminderSubject,
    specs: readonly ReminderSpec[],
    kinds?: readonly ReminderKind[],
  ): Promise<void> {
    const pending = await manager.find(Reminder, {
      where: {
        subjectType: subject.subjectType,
        subjectId: subject.subjectId,
        status: 'PENDING',
        ...(kinds ? { kind: In([...kinds]) } : {}),
      },
    });
    const wanted = new Map(specs.map((spec) => [key(row(spec)), spec]));
    const stale = pending.filter((reminder) => !wanted.has(key(reminder)));
    if (stale.length)
      await manager.update(
        Reminder,
        { id: In(stale.map((reminder) => reminder.id)), status: 'PENDING' },
        { status: 'CANCELLED', cancelledAt: new Date() },
      );
    const kept = new Set(pending.map(key));
    for (const [wantedKey, spec] of wanted) {
      if (!kept.has(wantedKey)) await Reminders.schedule(manager, spec);
    }
  },
};
