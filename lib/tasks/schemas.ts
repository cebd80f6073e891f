import { z } from 'zod';
import { parseYuanToFen } from '@/lib/campaigns/money';
import { TASK_CATEGORIES, TASK_LOCATIONS, TASK_MODES } from './policy';

/** Tasks run on Beijing time (Asia/Shanghai has no daylight saving: always +08:00). */
const deadlineSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .transform((v) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+08:00` : v))
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
    bountyYuan: z.coerce.number({ error: 'taskNumberInvalid' }).min(0, 'taskNumberInvalid').max(100000, 'taskBountyTooHigh').default(0),
    slots: z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(1, 'taskSlotsInvalid').max(50, 'taskSlotsInvalid').default(1),
    deadline: deadlineSchema,
    location: z.enum(TASK_LOCATIONS, { error: 'taskLocationInvalid' }).default('REMOTE'),
    mode: z.enum(TASK_MODES, { error: 'taskModeInvalid' }).default('REVIEW'),
    projectId: z.string().trim().max(64).default(''),
    partnerName: z.string().trim().max(100, 'taskPartnerTooLong').default(''),
    publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
  })
  .refine((v) => v.rewardPoints > 0 || v.bountyYuan > 0, { message: 'taskRewardRequired', path: ['rewardPoints'] })
  .refine((v) => Number.isInteger(Math.round(v.bountyYuan * 100)) && Math.abs(v.bountyYuan * 100 - Math.round(v.bountyYuan * 100)) < 1e-6, {
    message: 'taskNumberInvalid',
    path: ['bountyYuan'],
  })
  .transform(({ bountyYuan, ...rest }) => ({ ...rest, bountyFen: Math.round(bountyYuan * 100) }));
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

export const approveTaskSchema = z.object({ taskId: z.string().min(1, 'required').max(64) });

export const sendBackTaskSchema = z.object({
  taskId: z.string().min(1, 'required').max(64),
  reason: z.string({ error: 'required' }).trim().min(1, 'required').max(500, 'reasonTooLong'),
});

/** Yuan typed by a person, into integer fen through the one money helper (never a float). */
const yuanToFenSchema = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const fen = parseYuanToFen(String(v));
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: 'amountInvalid' });
      return z.NEVER;
    }
    return fen;
  });

const countSchema = (max: number) =>
  z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(0, 'taskNumberInvalid').max(max, 'taskSettingTooHigh');

/**
 * The space's task rules as an operator edits them. The upper bounds are what a task can hold at
 * all (10,000 points and ¥100,000 per slot); the database refuses anything outside them too.
 */
export const taskRulesSchema = z.object({
  spaceId: z.string().min(1, 'required').max(64),
  maxBountyYuan: yuanToFenSchema.pipe(z.number().max(10_000_000, 'taskSettingTooHigh')),
  maxPoints: countSchema(10_000),
  approvalPointsAbove: countSchema(10_000),
  monthlyPointsCap: countSchema(1_000_000),
});
export type TaskRulesInput = z.infer<typeof taskRulesSchema>;
