import { z } from 'zod';

export const leaderboardPrivacySchema = z.object({
  hide: z.enum(['yes', 'no'], { error: 'decisionInvalid' }).transform((v) => v === 'yes'),
});
