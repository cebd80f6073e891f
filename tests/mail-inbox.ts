import type { Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { drainOutbox } from '@/lib/mail/drain-service';
import { startMailReceiver, type MailReceiver } from '@/lib/mail/receiver';
import { createSmtpTransport } from '@/lib/mail/transport';

/**
 * A real SMTP receiver for a test file: account e-mails go through the outbox and an SMTP
 * conversation, and the test reads what arrived.
 */
export function mailInbox() {
  let receiver: MailReceiver | null = null;
  let transport: Transporter | null = null;
  return {
    async start() {
      receiver = await startMailReceiver({ databaseUrl: process.env.DATABASE_URL! });
      transport = createSmtpTransport(receiver.url);
    },
    async stop() {
      await receiver?.close();
    },
    /** Sends what the outbox holds for `to`, then returns every mail that arrived there, oldest first. */
    async read(to: string) {
      const queued = await db.mailMessage.findMany({ where: { toAddress: to, status: 'QUEUED' }, select: { id: true } });
      if (queued.length) await drainOutbox({ transport, ids: queued.map((m) => m.id) });
      return db.receivedMail.findMany({ where: { toAddresses: { has: to } }, orderBy: { receivedAt: 'asc' } });
    },
  };
}

/** The secret of the link in a received mail (`?token=` or `?invite=`). */
export function linkSecret(mail: { text: string }): string {
  const match = mail.text.match(/[?&](?:token|invite)=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no link in mail: ${mail.text}`);
  return match[1];
}
