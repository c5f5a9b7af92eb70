import { createTransport, Transporter } from 'nodemailer';

export interface MailMessage {
  /** Stable per notification, so a receiving system can drop a copy resent after a crash. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

/** Email through SMTP (nodemailer, pooled connections). Without an SMTP_URL it sends nothing. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    smtpUrl: string | null,
    private readonly from: string,
  ) {
    this.transport = smtpUrl
      ? createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: 5,
          maxMessages: Infinity,
          connectionTimeout: 5000,
          socketTimeout: 10_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId,
    });
  }

  close(): void {
    this.transport?.close();
  }
}
