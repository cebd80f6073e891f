import { z } from 'zod';
// For its zod settings (no eval under the pages' CSP), like every other schema module.
import '@/lib/validation';

export const leaderboardPrivacySchema = z.object({
  hide: z.enum(['yes', 'no'], { error: 'decisionInvalid' }).transform((v) => v === 'yes'),
});
