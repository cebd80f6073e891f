import 'server-only';
import type { Db, Tx } from '@/lib/db';

export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingMail = {
  /** Exactly once per (event, recipient, channel): a second queue with the same key is a no-op. */
  dedupeKey: string;
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  userId?: string | null;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/**
 * Puts e-mails into the outbox inside the caller's transaction: a rolled-back change queues
 * nothing, a committed one is delivered by the drainer. Returns the ids of messages that are new
 * (duplicates by `dedupeKey` are skipped with ON CONFLICT DO NOTHING, which leaves the caller's
 * transaction usable, unlike a caught unique violation).
 */
export async function queueMail(tx: Tx | Db, mails: readonly OutgoingMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const created = await tx.mailMessage.createManyAndReturn({
    data: mails.map((m) => ({
      dedupeKey: m.dedupeKey.slice(0, 240),
      toAddress: m.to,
      kind: m.kind,
      subject: m.subject.slice(0, 300),
      text: m.text,
      html: m.html,
      headers: m.headers ?? {},
      attachments: m.attachments ?? [],
      userId: m.userId ?? null,
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  if (created.length > 0) {
    await tx.mailEvent.createMany({ data: created.map((c) => ({ messageId: c.id, type: 'QUEUED' as const })) });
  }
  return created.map((c) => c.id);
}
