import 'server-only';
import type { Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { MailAttachment } from './outbox';
import { sourcesOf } from '@/lib/state-machine';
import { MAIL_TRANSITIONS } from './policy';
import { mailTransport } from './transport';

export const MAX_ATTEMPTS = 5;
/** How long a claim holds; a worker that dies mid-send loses its claim after this. */
const CLAIM_SECONDS = 120;

/** Wait before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min, 4 min ... at most 1 h. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}

type Claimed = {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
  attempts: number;
};

export type DrainReport = { sent: number; retried: number; failed: number };

/**
 * Sends due outbox messages. The claim is one statement: `FOR UPDATE SKIP LOCKED` hands each
 * due row to exactly one worker and marks it SENDING with a lease, so two app instances (or two
 * pg-boss workers) draining at once never send a message twice. A worker that crashes between
 * the SMTP answer and its bookkeeping leaves a SENDING row whose lease expires: that one message
 * is retried (at-least-once in a crash, exactly-once otherwise); its Message-ID stays the same so
 * the receiving side can tell.
 */
export async function drainOutbox(
  opts: {
    transport?: Transporter | null;
    limit?: number;
    now?: Date;
    maxAttempts?: number;
    /** Only these messages (a caller that wants its own mail out now; tests). */
    ids?: readonly string[];
  } = {},
): Promise<DrainReport> {
  const transport = opts.transport === undefined ? mailTransport() : opts.transport;
  const report: DrainReport = { sent: 0, retried: 0, failed: 0 };
  if (!transport) return report;
  const now = opts.now ?? new Date();
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  // The claim is MAIL_TRANSITIONS' QUEUED -> SENDING, and SENDING -> SENDING for a lock that expired.
  const claimed = await db.$queryRawUnsafe<Claimed[]>(
    `UPDATE "MailMessage" m
        SET "status" = 'SENDING', "attempts" = m."attempts" + 1, "lockedUntil" = $1::timestamptz + make_interval(secs => $3)
      WHERE m."id" IN (
        SELECT "id" FROM "MailMessage"
         WHERE (("status" = 'QUEUED' AND "nextAttemptAt" <= $1::timestamptz)
            OR ("status" = 'SENDING' AND "lockedUntil" < $1::timestamptz))
           AND ($4::text[] IS NULL OR "id" = ANY($4::text[]))
         ORDER BY "nextAttemptAt", "id"
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
      RETURNING m."id", m."toAddress", m."subject", m."text", m."html", m."headers", m."attachments", m."attempts"`,
    now,
    opts.limit ?? 20,
    CLAIM_SECONDS,
    opts.ids ? [...opts.ids] : null,
  );
  const domain = env.MAIL_FROM.match(/@([^>\s]+)/)?.[1] ?? 'zhongchuang.local';
  for (const m of claimed) {
    try {
      const info = await transport.sendMail({
        from: env.MAIL_FROM,
        to: m.toAddress,
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: m.headers,
        messageId: `<${m.id}@${domain}>`,
        attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      await db.$transaction([
        db.mailMessage.updateMany({
          where: { id: m.id, status: { in: sourcesOf(MAIL_TRANSITIONS, 'SENT') } },
          data: { status: 'SENT', sentAt: new Date(), lockedUntil: null, lastError: null, smtpMessageId: String(info.messageId ?? '').slice(0, 300) },
        }),
        db.mailEvent.create({ data: { messageId: m.id, type: 'SENT', detail: String(info.response ?? '').slice(0, 1000) } }),
      ]);
      report.sent++;
    } catch (error) {
      const e = error as Error & { response?: string; responseCode?: number };
      const answer = (e.response ?? e.message ?? String(error)).slice(0, 1000);
      // 5xx is the server's final word (unknown mailbox ...): retrying cannot help.
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
      const final = permanent || m.attempts >= maxAttempts;
      await db.$transaction([
        db.mailMessage.updateMany({
          // SENDING is the one source of SENT, QUEUED (retry) and FAILED: see MAIL_TRANSITIONS.
          where: { id: m.id, status: { in: sourcesOf(MAIL_TRANSITIONS, 'FAILED') } },
          data: final
            ? { status: 'FAILED', lockedUntil: null, lastError: answer }
            : { status: 'QUEUED', lockedUntil: null, lastError: answer, nextAttemptAt: new Date(now.getTime() + retryDelayMs(m.attempts)) },
        }),
        db.mailEvent.create({ data: { messageId: m.id, type: final ? 'FAILED' : 'RETRY', detail: answer } }),
      ]);
      if (final) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
