import { z } from 'zod';
import { TASK_CATEGORIES } from '@/lib/tasks/policy';

const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The approval queue's search parameters: each parsed on its own, a bad value dropped. */
export const bookingQueueSearchSchema = z.object({
  status: z.enum(['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED']).catch('PENDING'),
  resource: z.string().max(64).optional().catch(undefined),
  date: dateKey.optional().catch(undefined),
  q: z.string().trim().max(80).optional().catch(undefined),
  sort: z.enum(['startsAt', 'waiting', 'resource']).catch('waiting'),
});
export type BookingQueueSearch = z.infer<typeof bookingQueueSearchSchema>;

/** Turns Next's searchParams into plain strings, an empty value meaning "no filter". */
export function firstValues(sp: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(sp)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined && one !== '') out[k] = one;
  }
  return out;
}

export const roleRequestQueueSearchSchema = z.object({
  role: z.enum(['MENTOR', 'INVESTOR']).optional().catch(undefined),
  q: z.string().trim().max(80).optional().catch(undefined),
  sort: z.enum(['oldest', 'newest']).catch('oldest'),
});
export type RoleRequestQueueSearch = z.infer<typeof roleRequestQueueSearchSchema>;

export const campaignQueueSearchSchema = z.object({
  q: z.string().trim().max(80).optional().catch(undefined),
  sort: z.enum(['oldest', 'newest', 'goal']).catch('oldest'),
});
export type CampaignQueueSearch = z.infer<typeof campaignQueueSearchSchema>;

export const taskApprovalQueueSearchSchema = z.object({
  q: z.string().trim().max(80).optional().catch(undefined),
  category: z.enum(TASK_CATEGORIES).optional().catch(undefined),
  /** Tasks with a cash bounty, or those waiting only for their points. */
  reward: z.enum(['bounty', 'points']).optional().catch(undefined),
  sort: z.enum(['oldest', 'newest', 'bounty', 'deadline']).catch('oldest'),
});
export type TaskApprovalQueueSearch = z.infer<typeof taskApprovalQueueSearchSchema>;

export const payoutQueueSearchSchema = z.object({
  status: z.enum(['PENDING', 'PAID']).catch('PENDING'),
  q: z.string().trim().max(80).optional().catch(undefined),
  sort: z.enum(['oldest', 'newest', 'amount']).catch('oldest'),
});
export type PayoutQueueSearch = z.infer<typeof payoutQueueSearchSchema>;
