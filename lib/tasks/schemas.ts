import { z } from 'zod';
import { cursorParam, enumParam, flagParam, formInstantText, limitParam, text, textParam } from '@/lib/validation';
import { parseYuanToFen } from '@/lib/money';
import { DEFAULT_TIME_ZONE, END_OF_DAY } from '@/lib/time';
import { TASK_CATEGORIES, TASK_LOCATIONS, TASK_MODES } from './policy';

/**
 * A deadline typed without an offset is wall-clock time on the given clock (lib/time.ts); a date
 * alone ("2026-12-04") means the end of that day, 23:59 there, not midnight UTC.
 */
const deadlineIn = (timeZone: string) => text({ error: 'required' }).trim().min(1, 'required').pipe(formInstantText(END_OF_DAY, timeZone, 'taskDeadlineInvalid'));

const skillsSchema = z
  .union([text(), z.array(text())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、]/)))
  .transform((list) => [...new Set(list.map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(text().max(30, 'skillTooLong')).max(20, 'tooManySkills'));

const linksSchema = z
  .union([text(), z.array(text())])
  .default('')
  .transform((v) => (Array.isArray(v) ? v : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'taskLinkInvalid' }).max(300, 'taskLinkInvalid')).max(5, 'taskTooManyLinks'));

/**
 * A new task, its deadline read on `timeZone`: the platform's zone (findDefaultTimeZone), the one
 * its pages show it in, as a task belongs to no space. The bounty is entered in yuan (at most two
 * decimals) and stored in fen. `publish` = "yes" opens it straight away; otherwise it stays a draft.
 */
export const taskSchemaIn = (timeZone: string) =>
  z
    .object({
      title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'taskTitleTooLong'),
      description: text().trim().max(20000, 'taskDescriptionTooLong').default(''),
      category: z.enum(TASK_CATEGORIES, { error: 'taskCategoryInvalid' }),
      skills: skillsSchema.default([]),
      rewardPoints: z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(0, 'taskNumberInvalid').max(10000, 'taskPointsTooHigh').default(0),
      bountyYuan: z.coerce.number({ error: 'taskNumberInvalid' }).min(0, 'taskNumberInvalid').max(100000, 'taskBountyTooHigh').default(0),
      slots: z.coerce.number({ error: 'taskNumberInvalid' }).int('taskNumberInvalid').min(1, 'taskSlotsInvalid').max(50, 'taskSlotsInvalid').default(1),
      deadline: deadlineIn(timeZone),
      location: z.enum(TASK_LOCATIONS, { error: 'taskLocationInvalid' }).default('REMOTE'),
      mode: z.enum(TASK_MODES, { error: 'taskModeInvalid' }).default('REVIEW'),
      projectId: text().trim().max(64).default(''),
      partnerName: text().trim().max(100, 'taskPartnerTooLong').default(''),
      publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
    })
    .refine((v) => v.rewardPoints > 0 || v.bountyYuan > 0, { message: 'taskRewardRequired', path: ['rewardPoints'] })
    .refine((v) => Number.isInteger(Math.round(v.bountyYuan * 100)) && Math.abs(v.bountyYuan * 100 - Math.round(v.bountyYuan * 100)) < 1e-6, {
      message: 'taskNumberInvalid',
      path: ['bountyYuan'],
    })
    .transform(({ bountyYuan, ...rest }) => ({ ...rest, bountyFen: Math.round(bountyYuan * 100) }));
/** The form's shape, for the browser's check before sending; the server reads it with taskSchemaIn. */
export const taskSchema = taskSchemaIn(DEFAULT_TIME_ZONE);
export type TaskInput = z.infer<typeof taskSchema>;

export const taskSearchSchema = z.object({
  /** Words in the title or description; empty = no filter. */
  q: textParam(60),
  category: enumParam(TASK_CATEGORIES),
  location: enumParam(TASK_LOCATIONS),
  bounty: flagParam(['1']),
  matches: flagParam(['1']),
  cursor: cursorParam(64),
  limit: limitParam(12),
});
export type TaskSearch = z.infer<typeof taskSearchSchema>;

export const taskIdSchema = z.object({ taskId: text().min(1, 'required').max(64) });

export const applySchema = z.object({
  taskId: text().min(1, 'required').max(64),
  note: text().trim().max(1000, 'messageTooLong').default(''),
});
/** The API takes the task from the URL. */
export const applyBodySchema = applySchema.omit({ taskId: true });

export const applicationDecisionSchema = z.object({
  applicationId: text().min(1, 'required').max(64),
  decision: z.enum(['ACCEPT', 'DECLINE'], { error: 'decisionInvalid' }),
});

export const submitWorkSchema = z.object({
  taskId: text().min(1, 'required').max(64),
  body: text({ error: 'required' }).trim().min(1, 'required').max(5000, 'taskSubmissionTooLong'),
  links: linksSchema,
});
export const submitWorkBodySchema = submitWorkSchema.omit({ taskId: true });

export const reviewSubmissionSchema = z
  .object({
    submissionId: text().min(1, 'required').max(64),
    decision: z.enum(['ACCEPT', 'CHANGES'], { error: 'decisionInvalid' }),
    feedback: text().trim().max(2000, 'taskFeedbackTooLong').default(''),
  })
  .refine((v) => v.decision === 'ACCEPT' || v.feedback.length > 0, { message: 'taskFeedbackRequired', path: ['feedback'] });

export const disputeSchema = z.object({
  submissionId: text().min(1, 'required').max(64),
  reason: text({ error: 'required' }).trim().min(1, 'required').max(2000, 'reasonTooLong'),
});

export const resolveDisputeSchema = z.object({
  submissionId: text().min(1, 'required').max(64),
  decision: z.enum(['ACCEPT', 'REJECT'], { error: 'decisionInvalid' }),
  note: text({ error: 'required' }).trim().min(1, 'required').max(2000, 'reasonTooLong'),
});

export const payoutIdSchema = z.object({ payoutId: text().min(1, 'required').max(64) });

export const approveTaskSchema = z.object({ taskId: text().min(1, 'required').max(64) });

export const sendBackTaskSchema = z.object({
  taskId: text().min(1, 'required').max(64),
  reason: text({ error: 'required' }).trim().min(1, 'required').max(500, 'reasonTooLong'),
});

/** Yuan typed by a person, into integer fen through the one money helper (never a float). */
const yuanToFenSchema = z
  .union([text(), z.number()])
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
  spaceId: text().min(1, 'required').max(64),
  maxBountyYuan: yuanToFenSchema.pipe(z.number().max(10_000_000, 'taskSettingTooHigh')),
  maxPoints: countSchema(10_000),
  approvalPointsAbove: countSchema(10_000),
  monthlyPointsCap: countSchema(1_000_000),
});
export type TaskRulesInput = z.infer<typeof taskRulesSchema>;

const bulkIds = z.array(text().min(1, 'required').max(64)).min(1, 'selectionEmpty').max(100, 'selectionTooLarge');

/** Many tasks waiting for approval, approved or sent back with one reason (required to send back). */
export const taskBulkDecisionSchema = z
  .object({
    taskIds: bulkIds,
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: text().trim().max(500, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });
export type TaskBulkDecision = z.infer<typeof taskBulkDecisionSchema>;

/** Many bounties recorded as paid. A payout has no "refused" state: it is paid or it waits. */
export const payoutBulkSchema = z.object({
  payoutIds: bulkIds,
  decision: z.literal('APPROVE', { error: 'decisionInvalid' }),
});
