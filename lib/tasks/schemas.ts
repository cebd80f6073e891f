import { z } from 'zod';
import { yuanField } from '@/lib/money';
import { isLocalDateTime, parseLocalDateTime } from '@/lib/time';
import { TASK_CATEGORIES, TASK_LOCATIONS, TASK_MODES } from './policy';

/** Tasks run on the space's clock: a datetime-local value is wall time there. */
const deadlineSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .transform((v) => (isLocalDateTime(v) ? (parseLocalDateTime(v)?.toISOString() ?? v) : v))
  .pipe(z.iso.datetime({ offset: true, error: 'taskDeadlineInvalid' }))
  .transform((v) => new Date(v));

const skillsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、]/)))
  .transform((list) => [...new Set(list.map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(30, 'skillTooLong')).max(20, 'tooManySkills'));

const linksSchema = z
  .union([z.string(), z.array(z.string())])
  .default('')
  .transform((v) => (Array.isArray(v) ? v : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'taskLinkInvalid' }).max(300, 'taskLinkInvalid')).max(5, 'taskTooManyLinks'));

/**
 * A new task. The bounty is entered in yuan (at most two decimals) and stored in fen.
 * `publish` = "yes" opens it straight away; otherwise it stays a draft.
 */
export const taskSchema = z
  .object({
    title: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'taskTitleTooLong'),
    description: z.string().trim().max(20000, 'taskDescriptionTooLong').default(''),
    category: z.enum(TASK_CATEGORIES, { error: 'taskCategoryInvalid' }),
    skills: skillsSchema.default([]),
    rewardPoints: z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(0, 'taskNumberInvalid').max(10000, 'taskPointsTooHigh').default(0),
    bountyYuan: yuanField({ invalid: 'taskNumberInvalid', tooHigh: 'taskBountyTooHigh', allowZero: true, max: 100_000_00 }).default(0),
    slots: z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(1, 'taskSlotsInvalid').max(50, 'taskSlotsInvalid').default(1),
    deadline: deadlineSchema,
    location: z.enum(TASK_LOCATIONS, { error: 'taskLocationInvalid' }).default('REMOTE'),
    mode: z.enum(TASK_MODES, { error: 'taskModeInvalid' }).default('REVIEW'),
    projectId: z.string().trim().max(64).default(''),
    partnerName: z.string().trim().max(100, 'taskPartnerTooLong').default(''),
    publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
  })
  .refine((v) => v.rewardPoints > 0 || v.bountyYuan > 0, { message: 'taskRewardRequired', path: ['rewardPoints'] })
  // bountyYuan is already integer fen here (lib/money.ts).
  .transform(({ bountyYuan, ...rest }) => ({ ...rest, bountyFen: bountyYuan }));
export type TaskInput = z.infer<typeof taskSchema>;

export const taskSearchSchema = z.object({
  category: z.enum(TASK_CATEGORIES).optional().catch(undefined),
  location: z.enum(TASK_LOCATIONS).optional().catch(undefined),
  bounty: z.enum(['1']).optional().catch(undefined),
  matches: z.enum(['1']).optional().catch(undefined),
  cursor: z.string().max(64).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).default(12).catch(12),
});
export type TaskSearch = z.infer<typeof taskSearchSchema>;

export const taskIdSchema = z.object({ taskId: z.string().min(1, 'required').max(64) });

export const applySchema = z.object({
  taskId: z.string().min(1, 'required').max(64),
  note: z.string().trim().max(1000, 'messageTooLong').default(''),
});
/** The API takes the task from the URL. */
export const applyBodySchema = applySchema.omit({ taskId: true });

export const applicationDecisionSchema = z.object({
  applicationId: z.string().min(1, 'required').max(64),
  decision: z.enum(['ACCEPT', 'DECLINE'], { error: 'decisionInvalid' }),
});

export const submitWorkSchema = z.object({
  taskId: z.string().min(1, 'required').max(64),
  body: z.string({ error: 'required' }).trim().min(1, 'required').max(5000, 'taskSubmissionTooLong'),
  links: linksSchema,
});
export const submitWorkBodySchema = submitWorkSchema.omit({ taskId: true });

export const reviewSubmissionSchema = z
  .object({
    submissionId: z.string().min(1, 'required').max(64),
    decision: z.enum(['ACCEPT', 'CHANGES'], { error: 'decisionInvalid' }),
    feedback: z.string().trim().max(2000, 'taskFeedbackTooLong').default(''),
  })
  .refine((v) => v.decision === 'ACCEPT' || v.feedback.length > 0, { message: 'taskFeedbackRequired', path: ['feedback'] });

export const disputeSchema = z.object({
  submissionId: z.string().min(1, 'required').max(64),
  reason: z.string({ error: 'required' }).trim().min(1, 'required').max(2000, 'reasonTooLong'),
});

export const resolveDisputeSchema = z.object({
  submissionId: z.string().min(1, 'required').max(64),
  decision: z.enum(['ACCEPT', 'REJECT'], { error: 'decisionInvalid' }),
  note: z.string({ error: 'required' }).trim().min(1, 'required').max(2000, 'reasonTooLong'),
});

export const payoutIdSchema = z.object({ payoutId: z.string().min(1, 'required').max(64) });
