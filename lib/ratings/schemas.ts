import { z } from 'zod';
import { text } from '@/lib/validation';
import { CLASSIFICATIONS, RATING_LEVELS, RECORD_KINDS } from './policy';

export const MAX_COMMENT = 1000;
export const MAX_NOTE = 2000;

export const rateSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  recordId: text().min(1).max(60),
  level: z.enum(RATING_LEVELS, { message: 'ratingLevelRequired' }),
  comment: text().trim().max(MAX_COMMENT, { message: 'tooLong' }).default(''),
});
export type RateInput = z.output<typeof rateSchema>;

export const callBackSchema = z.object({
  caseId: text().min(1).max(60),
  note: text().trim().min(1, { message: 'required' }).max(MAX_NOTE, { message: 'tooLong' }),
});
export type CallBackInput = z.output<typeof callBackSchema>;

export const classifySchema = z
  .object({
    caseId: text().min(1).max(60),
    classification: z.enum(CLASSIFICATIONS, { message: 'required' }),
    reason: text().trim().max(MAX_NOTE, { message: 'tooLong' }).default(''),
  })
  .superRefine((v, ctx) => {
    // A later fix, an explanation and an appeal each need their reason; "fixed at once" may have one.
    if (v.classification !== 'FIXED_AT_ONCE' && v.reason.length === 0) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });
export type ClassifyInput = z.output<typeof classifySchema>;

export const completeFixSchema = z.object({
  caseId: text().min(1).max(60),
  note: text().trim().max(MAX_NOTE, { message: 'tooLong' }).default(''),
});
export type CompleteFixInput = z.output<typeof completeFixSchema>;

export const decideAppealSchema = z.object({
  caseId: text().min(1).max(60),
  decision: z.enum(['UPHOLD', 'REJECT'], { message: 'required' }),
  note: text().trim().min(1, { message: 'required' }).max(MAX_NOTE, { message: 'tooLong' }),
});
export type DecideAppealInput = z.output<typeof decideAppealSchema>;

export const ratingSettingsSchema = z.object({
  spaceId: text().min(1).max(60),
  ratingCaseWorkingDays: z.coerce.number({ message: 'numberInvalid' }).int({ message: 'numberInvalid' }).min(1, { message: 'numberInvalid' }).max(60, { message: 'numberInvalid' }),
  ratingPublicMinimum: z.coerce.number({ message: 'numberInvalid' }).int({ message: 'numberInvalid' }).min(1, { message: 'numberInvalid' }).max(10000, { message: 'numberInvalid' }),
});
export type RatingSettingsInput = z.output<typeof ratingSettingsSchema>;
