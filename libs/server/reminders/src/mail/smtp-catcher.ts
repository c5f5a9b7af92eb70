import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CaughtMessage {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export interface SmtpCatcher {
  smtpUrl: string;
  /** A page listing what was caught; `/messages` gives JSON, `DELETE /messages` empties it. */
  webUrl: string;
  messages: CaughtMessage[];
  stop(): Promise<void>;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A local SMTP server that keeps every message it is sent, for the demo and the tests (nothing leaves the
 * machine), with a small web page and JSON API to read them. Ports 0 pick free ones.
 */
export async function startSmtpCatcher(options: { smtpPort?: number; webPort?: number } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMessage[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push({
            messageId: parsed.messageId ?? '',
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date().toISOString(),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, '127.0.0.1', () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const web: Server = createServer((req, res) => {
    if (req.url === '/messages' && req.method === 'DELETE') {
      messages.length = 0;
      res.writeHead(204).end();
    } else if (req.url === '/messages') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
    } else {
      const rows = [...messages]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${escape(m.receivedAt)}</td><td>${escape(m.to.join(', '))}</td><td>${escape(m.subject)}</td><td><pre>${escape(m.text)}</pre></td></tr>`,
        )
        .join('');
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="en"><head><title>Lantern mail catcher</title></head><body><h1>Mail caught (${messages.length})</h1><table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Text</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
        );
    }
  });
  await new Promise<void>((resolve) => web.listen(options.webPort ?? 0, '127.0.0.1', () => resolve()));
  const webPort = (web.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    messages,
    async stop() {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => web.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}
