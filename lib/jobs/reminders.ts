import 'server-only';
import { expireWaitlistOffers } from '@/lib/events/waitlist-service';
import { sendDueReminders } from '@/lib/reminders/service';
import { escalateOverdueCases } from '@/lib/ratings/service';

/**
 * Every minute: reminders that are due, and waitlist offers that ran out. Both are idempotent
 * (a unique key on the sent reminder, a conditional update on the offer), so two app instances
 * running them at once, or a run cut short, send and pass on each item once.
 */
export const REMINDER_JOBS = [
  { name: 'reminders.send', cron: '* * * * *', run: () => sendDueReminders(new Date()) },
  { name: 'events.expire-waitlist-offers', cron: '* * * * *', run: () => expireWaitlistOffers(new Date()) },
  // Rectification cases past their deadline go to the admins once (a conditional update claims each).
  { name: 'ratings.escalate-overdue', cron: '*/5 * * * *', run: () => escalateOverdueCases(new Date()) },
] as const;
