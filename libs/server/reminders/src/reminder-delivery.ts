import type { DataSource } from 'typeorm';
import { REMINDER_KIND_LABELS, ReminderKind } from '@lantern/shared/domain';
import type { Mailer } from './mail/mailer';

/** A job arrived before its reminder is due (clocks differ slightly): BullMQ retries it after a back-off. */
export class ReminderNotDueYet extends Error {
  constructor(id: string) {
    super(`Reminder ${id} is not due yet.`);
  }
}

export type DeliveryOutcome = 'DELIVERED' | 'ALREADY_DONE';

/**
 * The users a reminder reaches: a user (if active); the active users linked to an officer, or, when the
 * officer has no account, their agency's; or every active user of an agency except board members.
 */
const RECIPIENTS_SQL = `
  SELECT u.id FROM user_account u
  WHERE u.disabled_at IS NULL AND (
    ($1 = 'USER' AND u.id = $2::uuid)
    OR ($1 = 'OFFICER' AND (
      u.officer_id = $2::uuid
      OR (NOT EXISTS (SELECT 1 FROM user_account o WHERE o.officer_id = $2::uuid AND o.disabled_at IS NULL)
          AND u.agency_id = (SELECT agency_id FROM officer WHERE id = $2::uuid) AND u.role <> 'BOARD_MEMBER')))
    OR ($1 = 'AGENCY' AND u.agency_id = $2::uuid AND u.role <> 'BOARD_MEMBER'))`;

/**
 * Sends one reminder, idempotently. Step 1, one transaction: `UPDATE reminder SET status = 'SENT' WHERE id = $1
 * AND status = 'PENDING'` and, only if that changed a row, a notification per recipient (unique per reminder and
 * user). Step 2: each notification whose email is still PENDING is emailed and marked SENT, under a row lock.
 * A duplicated job finds the reminder SENT and no email it may send; a job retried after a crash sends the
 * emails that were not sent. The one window left is a crash after the SMTP server accepted a message and before
 * the commit: that email goes again, with the same Message-ID. The job carries the reminder's id only.
 */
export class ReminderDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    /** Test hook: runs between the two steps (the fault tests kill the worker there). */
    private readonly betweenSteps: () => Promise<void> = async () => undefined,
  ) {}

  async deliver(reminderId: string): Promise<DeliveryOutcome> {
    const claimed = await this.db.transaction(async (manager) => {
      const [reminder]: {
        kind: ReminderKind;
        title: string;
        link: string;
        recipient_type: string;
        recipient_id: string;
      }[] = (
        await manager.query(
          `UPDATE reminder SET status = 'SENT', sent_at = now()
             WHERE id = $1 AND status = 'PENDING' AND due_at <= now() + interval '1 second'
             RETURNING kind, title, link, recipient_type, recipient_id`,
          [reminderId],
        )
      )[0];
      if (!reminder) {
        const [still] = await manager.query(`SELECT 1 FROM reminder WHERE id = $1 AND status = 'PENDING'`, [
          reminderId,
        ]);
        if (still) throw new ReminderNotDueYet(reminderId);
        return false;
      }
      await manager.query(
        `INSERT INTO notification (user_id, reminder_id, kind, title, link, email_status)
         SELECT r.id, $3, $4, $5, $6, $7 FROM (${RECIPIENTS_SQL}) r
         ON CONFLICT (reminder_id, user_id) DO NOTHING`,
        [
          reminder.recipient_type,
          reminder.recipient_id,
          reminderId,
          reminder.kind,
          reminder.title,
          reminder.link,
          this.mailer.enabled ? 'PENDING' : 'NONE',
        ],
      );
      return true;
    });
    await this.betweenSteps();
    const unsent = await this.emailsOwed(reminderId);
    return claimed || unsent ? 'DELIVERED' : 'ALREADY_DONE';
  }

  /**
   * Emails the reminder's notifications not yet emailed; the number sent. Each is sent while its row is locked
   * (`FOR UPDATE SKIP LOCKED`), so two jobs for the same reminder never both send it; if the process dies
   * mid-send the lock goes with its connection and the row is still PENDING for the retried job.
   */
  private async emailsOwed(reminderId: string): Promise<number> {
    const owed: { id: string }[] = await this.db.query(
      `SELECT id FROM notification WHERE reminder_id = $1 AND email_status = 'PENDING'`,
      [reminderId],
    );
    let sent = 0;
    for (const { id } of owed) {
      sent += await this.db.transaction(async (manager) => {
        const [one]: { email: string; kind: ReminderKind }[] = await manager.query(
          `SELECT u.email, n.kind FROM notification n JOIN user_account u ON u.id = n.user_id
           WHERE n.id = $1 AND n.email_status = 'PENDING' FOR UPDATE OF n SKIP LOCKED`,
          [id],
        );
        if (!one) return 0;
        await this.mailer.send({
          messageId: `<notification-${id}@lantern>`,
          to: one.email,
          subject: `Lantern: ${REMINDER_KIND_LABELS[one.kind]}`,
          text: emailText(one.kind, this.publicUrl),
        });
        await manager.query(`UPDATE notification SET email_status = 'SENT', emailed_at = now() WHERE id = $1`, [id]);
        return 1;
      });
    }
    return sent;
  }
}

/** The email says only that there is something to see: what it is about stays in Lantern, behind sign-in. */
export function emailText(kind: ReminderKind, publicUrl: string): string {
  return [
    `You have a new notification in Lantern (${REMINDER_KIND_LABELS[kind]}).`,
    '',
    `Sign in to see it: ${publicUrl}/notifications`,
    '',
    'This email holds no case details. Do not reply to it.',
  ].join('\n');
}
