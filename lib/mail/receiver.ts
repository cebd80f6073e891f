/**
 * The built-in mail receiver: a real SMTP server (smtp-server) that parses each message
 * (mailparser) and stores it in the ReceivedMail table, where operators read it at
 * /operate/outbox. npm start runs it beside the app when no SMTP_URL is set, so a newcomer can
 * click a password-reset link without any mail server. Tests use it as the far end of a real
 * SMTP conversation. No `server-only` guard: scripts/start.ts (plain Node) imports it.
 */
import { createId } from '@paralleldrive/cuid2';
import { simpleParser, type AddressObject } from 'mailparser';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

export type MailReceiver = { port: number; url: string; close: () => Promise<void> };

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((o) => o.value.map((v) => v.address ?? '')).filter(Boolean);
}

export async function startMailReceiver(opts: { databaseUrl: string; port?: number; host?: string }): Promise<MailReceiver> {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
  const host = opts.host ?? '127.0.0.1';
  const server = new SMTPServer({
    // Local only and for reading in the browser: no TLS, no login.
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: 10 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const headers = Object.fromEntries([...mail.headers.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
          await pool.query(
            `INSERT INTO "ReceivedMail" ("id", "messageId", "fromAddress", "toAddresses", "subject", "text", "html", "headers")
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              createId(),
              (mail.messageId ?? '').slice(0, 300),
              (mail.from?.text || (session.envelope.mailFrom ? session.envelope.mailFrom.address : '')).slice(0, 300),
              to.length ? to : addresses(mail.to),
              (mail.subject ?? '').slice(0, 500),
              mail.text ?? '',
              typeof mail.html === 'string' ? mail.html : '',
              headers,
            ],
          );
          callback(null, 'stored');
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  server.on('error', (error) => console.error('[mail] receiver', error));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  return {
    port,
    url: `smtp://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
