import { z } from 'zod';
import { cursorParam, enumParam, isDateInRange, limitParam, text, textParam } from '@/lib/validation';
import { ANSWER_DECISIONS, ANSWER_RATINGS, PROPOSAL_SORTS, PROPOSAL_STATUSES } from './policy';

const idSchema = text().min(1, 'required').max(64);

export const proposalSchema = z.object({
  title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'proposalTitleTooLong'),
  body: text({ error: 'required' }).trim().min(1, 'required').max(10000, 'descriptionTooLong'),
  category: text().trim().max(60).default(''),
});
export type ProposalInput = z.infer<typeof proposalSchema>;

export const createProposalSchema = z.intersection(z.object({ consultationId: idSchema }), proposalSchema);
export const editProposalSchema = z.intersection(z.object({ proposalId: idSchema }), proposalSchema);

export const withdrawProposalSchema = z.object({
  proposalId: idSchema,
  reason: text({ error: 'required' }).trim().min(1, 'reasonRequired').max(500, 'reasonTooLong'),
});

export const commentSchema = z.object({
  proposalId: idSchema,
  parentId: text().trim().max(64).default(''),
  body: text({ error: 'required' }).trim().min(1, 'required').max(4000, 'proposalCommentTooLong'),
});

/**
 * An official answer. `from` is the status the operator's page showed: the service moves the
 * proposal only from that status, so a stale page cannot apply an outdated answer.
 */
export const answerSchema = z
  .object({
    proposalId: idSchema,
    from: z.enum(PROPOSAL_STATUSES, { error: 'required' }),
    decision: z.enum(ANSWER_DECISIONS, { error: 'answerDecisionInvalid' }),
    body: text({ error: 'required' }).trim().min(1, 'required').max(10000, 'descriptionTooLong'),
    reason: text().trim().max(2000, 'reasonTooLong').default(''),
    publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
  })
  .refine((v) => v.decision !== 'REJECTED' || v.reason !== '', { message: 'reasonRequired', path: ['reason'] });
export type AnswerInput = z.infer<typeof answerSchema>;

export const rateAnswerSchema = z.object({ proposalId: idSchema, rating: z.enum(ANSWER_RATINGS, { error: 'answerRatingInvalid' }) });

/**
 * A calendar day from a `type="date"` field ("2026-12-10"). It stays a day here: the service reads
 * it in the space's time zone (an opening day from its first instant, a closing day to its last).
 */
const calendarDay = text({ error: 'dateInvalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid')
  .refine((v) => {
    // A real day of the calendar (no 30 February), read at noon so every zone's day is storable.
    const noon = new Date(`${v}T12:00:00Z`);
    return isDateInRange(noon) && noon.toISOString().slice(0, 10) === v;
  }, 'dateInvalid');

export const consultationSchema = z
  .object({
    title: text({ error: 'required' }).trim().min(1, 'required').max(160, 'proposalTitleTooLong'),
    description: text().trim().max(20000, 'descriptionTooLong').default(''),
    opensAt: calendarDay,
    closesAt: z.preprocess((v) => (v === '' || v === undefined ? null : v), calendarDay.nullable()),
    audience: z.enum(['PUBLIC', 'MEMBERS'], { error: 'required' }).default('PUBLIC'),
    categories: z.preprocess(
      (v) => (typeof v === 'string' ? v.split(/[,，\n]/).map((s) => s.trim()).filter(Boolean) : v),
      z.array(text().trim().min(1).max(60, 'categoryTooLong')).max(20, 'tooManyCategories'),
    ).default([]),
    answerDeadlineDays: z.coerce.number({ error: 'deadlineDaysInvalid' }).int('deadlineDaysInvalid').min(1, 'deadlineDaysInvalid').max(365, 'deadlineDaysInvalid').default(10),
    supportThreshold: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? null : v),
      z.coerce.number({ error: 'thresholdInvalid' }).int('thresholdInvalid').min(1, 'thresholdInvalid').max(100000, 'thresholdInvalid').nullable(),
    ),
  })
  // Days compare as text; a consultation may open and close on the same day.
  .refine((v) => v.closesAt === null || v.closesAt >= v.opensAt, { message: 'endBeforeStart', path: ['closesAt'] });
export type ConsultationInput = z.infer<typeof consultationSchema>;

export const proposalSearchSchema = z.object({
  status: enumParam(PROPOSAL_STATUSES),
  category: textParam(60),
  sort: enumParam(PROPOSAL_SORTS),
  cursor: cursorParam(200),
  limit: limitParam(20),
});
export type ProposalSearch = z.infer<typeof proposalSearchSchema>;

export const consultationSearchSchema = z.object({ cursor: cursorParam(64), limit: limitParam(20) });

export const resultSchema = z.object({
  title: text({ error: 'required' }).trim().min(1, 'required').max(160, 'proposalTitleTooLong'),
  description: text().trim().max(10000, 'descriptionTooLong').default(''),
  parentId: text().trim().max(64).default(''),
  weight: z.coerce.number({ error: 'weightInvalid' }).int('weightInvalid').min(1, 'weightInvalid').max(100, 'weightInvalid').default(1),
  proposalIds: z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(idSchema).max(50)).default([]),
});

export const resultProgressSchema = z.object({
  resultId: idSchema,
  progress: z.coerce.number({ error: 'progressInvalid' }).int('progressInvalid').min(0, 'progressInvalid').max(100, 'progressInvalid'),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE'], { error: 'required' }),
  milestoneTitle: text().trim().max(160, 'proposalTitleTooLong').default(''),
  milestoneDescription: text().trim().max(2000, 'descriptionTooLong').default(''),
});
