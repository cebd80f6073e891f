import 'server-only';
import { db, type Db, type Tx } from '@/lib/db';
import { queueMail, type MailAttachment } from './outbox';

export type TransactionalEmail = {
  /** The address; the recipient may have no account yet (invitation, password reset). */
  to: string;
  /** Rendered content, e.g. from `renderLayout` in lib/mail/render.ts. */
  subject: string;
  text: string;
  html: string;
  /** A short name of the message for the log ("passwordReset", "emailVerification"). */
  kind: string;
  /**
   * Exactly once per key: e.g. `passwordReset:<tokenId>`. A retry with the same key queues
   * nothing new; a new reset request uses a new token and so a new key.
   */
  dedupeKey: string;
  userId?: string | null;
  attachments?: MailAttachment[];
};

/**
 * Queues one transactional e-mail to an address through the same outbox, drainer, retries and
 * delivery log as notifications. Pass the transaction of the change it belongs to (the reset
 * token's insert) so a rolled-back change sends nothing; without one it commits on its own.
 * No List-Unsubscribe: transactional mail cannot be unsubscribed from.
 * Returns the message id, or null when the key was already queued.
 */
export async function sendTransactionalEmail(input: TransactionalEmail, tx: Tx | Db = db): Promise<{ id: string | null }> {
  const [id] = await queueMail(tx, [
    {
      dedupeKey: `tx:${input.dedupeKey}`,
      to: input.to.trim().toLowerCase(),
      kind: input.kind,
      subject: input.subject,
      text: input.text,
      html: input.html,
      userId: input.userId ?? null,
      attachments: input.attachments,
    },
  ]);
  return { id: id ?? null };
}
