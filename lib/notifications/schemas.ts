import { z } from 'zod';
import { CHANNEL_SETTINGS, EMAIL_FREQUENCIES, KIND_LIST } from './kinds';

/** `?cursor=&unread=1&limit=`: each parsed on its own; a bad value is dropped. */
export const notificationListSchema = z.object({
  cursor: z.string().max(120).optional().catch(undefined),
  unread: z
    .enum(['1', 'true', '0', 'false', ''])
    .optional()
    .catch(undefined)
    .transform((v) => v === '1' || v === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(20).catch(20),
});
export type NotificationListParams = z.output<typeof notificationListSchema>;

/** `{ ids: [...] }` or `{ all: true }`. */
export const markReadSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ ids: z.array(z.string().min(1).max(60)).min(1).max(200) }).strict(),
]);
export type MarkReadInput = z.infer<typeof markReadSchema>;

export const preferencesSchema = z.object({
  emailFrequency: z.enum(EMAIL_FREQUENCIES),
  settings: z.record(z.enum(KIND_LIST as [string, ...string[]]), z.enum(CHANNEL_SETTINGS)),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;
