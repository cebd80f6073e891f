import type { MailStatus } from '@/lib/generated/prisma/enums';

/**
 * The outbox: a worker claims a queued message (SENDING, with a lock that expires so a crashed
 * worker's message is claimed again), then it is sent, queued again for a retry, or failed for good.
 */
export const MAIL_TRANSITIONS = {
  QUEUED: ['SENDING'],
  SENDING: ['SENDING', 'SENT', 'QUEUED', 'FAILED'],
  SENT: [],
  FAILED: [],
} satisfies Record<MailStatus, readonly MailStatus[]>;
