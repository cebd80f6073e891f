import { z } from 'zod';
import { text } from '@/lib/validation';
import { CONTENT_TYPES, MODERATION_ACTIONS } from './policy';

export const reportSchema = z.object({
  contentType: z.enum(CONTENT_TYPES, { error: 'contentTypeInvalid' }),
  contentId: text().trim().min(1, 'required').max(64),
  reason: text().trim().max(500, 'reasonTooLong').default(''),
});
export type ReportInput = z.infer<typeof reportSchema>;

export const moderateSchema = z.object({
  contentType: z.enum(CONTENT_TYPES, { error: 'contentTypeInvalid' }),
  contentId: text().trim().min(1, 'required').max(64),
  action: z.enum(MODERATION_ACTIONS, { error: 'required' }),
  reason: text({ error: 'required' }).trim().min(1, 'reasonRequired').max(500, 'reasonTooLong'),
});
export type ModerateInput = z.infer<typeof moderateSchema>;
