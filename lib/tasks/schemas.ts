import { z } from 'zod';
import { TASK_CATEGORIES, TASK_LOCATIONS, TASK_MODES } from './policy';

/** Tasks run on Beijing time (Asia/Shanghai has no daylight saving: always +08:00). */
const deadlineSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .transform((v) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+08:00` : v))
  .pipe(z.iso.datetime({ offset: true, error: 'dateInvalid' }))
  .transform((v) => new Date(v));

const skillsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、]/)))
  .transform((list) => [...new Set(list.map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(30, 'skillTooLong')).max(10, 'tooManySkills'));

const linksSchema = z
  .union([z.string(), z.array(z.string())])
  .default('')
  .transform((v) => (Array.isArray(v) ? v : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'linkInvalid' }).max(300, 'linkInvalid')).max(5, 'tooManyLinks'));

/**
 * A new task. The bounty is entered in yuan (at most two decimals) and stored in fen.
 * `publish` = "yes" opens it straight away; otherwise it stays a draft.
 */
export const taskSchema = z
  .object({
    title: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'taskTitleTooLong'),
    description: z.string().trim().max(20000, 'descriptionTooLong').default(''),
    category: z.enum(TASK_CATEGORIES, { error: 'categoryInvalid' }),
    skills: skillsSchema.default([]),
    rewardPoints: z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(0, 'numberInvalid').max(10000, 'pointsTooHigh').default(0),
    bountyYuan: z.coerce.number({ error: 'numberInvalid' }).min(0, 'numberInvalid').max(100000, 'bountyTooHigh').default(0),
    slots: z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(1, 'slotsInvalid').max(50, 'slotsInvalid').default(1),
    deadline: deadlineSchema,
    location: z.enum(TASK_LOCATIONS, { error: 'locationInvalid' }).default('REMOTE'),
    mode: z.enum(TASK_MODES, { error: 'modeInvalid' }).default('REVIEW'),
    projectId: z.string().trim().max(64).default(''),
    partnerName: z.string().trim().max(100, 'partnerTooLong').default(''),
    publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
  })
  .refine((v) => v.rewardPoints > 0 || v.bountyYuan > 0, { message: 'rewardRequired', path: ['rewardPoints'] })
  .refine((v) => Number.isInteger(Math.round(v.bountyYuan * 100)) && Math.abs(v.bountyYuan * 100 - Math.round(v.bountyYuan * 100)) < 1e-6, {
    message: 'numberInvalid',
    path: ['bountyYuan'],
  })
  .transform(({ bountyYuan, ...rest }) => ({ ...rest, bountyFen: Math.round(bountyYuan * 100) }));
export type TaskInput = z.infer<typeof taskSchema>;

export const taskSearchSchema = z.object({
  category: z.enum(TASK_CATEGORIES).optional().catch(undefined),
  location: z.enum(TASK_LOCATIONS).optional().catch(undefined),
  bounty: z.enum(['1']).optional().catch(undefined),
  matches: z.enum(['1']).optional().catch(undefined),
  cursor: z.string().max(64).optional(),
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
  body: z.string({ error: 'required' }).trim().min(1, 'required').max(5000, 'submissionTooLong'),
  links: linksSchema,
});
export const submitWorkBodySchema = submitWorkSchema.omit({ taskId: true });

export const reviewSubmissionSchema = z
  .object({
    submissionId: z.string().min(1, 'required').max(64),
    decision: z.enum(['ACCEPT', 'CHANGES'], { error: 'decisionInvalid' }),
    feedback: z.string().trim().max(2000, 'feedbackTooLong').default(''),
  })
  .refine((v) => v.decision === 'ACCEPT' || v.feedback.length > 0, { message: 'feedbackRequired', path: ['feedback'] });

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
