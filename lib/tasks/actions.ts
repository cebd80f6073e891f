'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { invalid, ok, type ActionResult } from '@/lib/result';
import {
  applicationDecisionSchema,
  applySchema,
  approveTaskSchema,
  sendBackTaskSchema,
  taskRulesSchema,
  disputeSchema,
  payoutBulkSchema,
  payoutIdSchema,
  taskBulkDecisionSchema,
  resolveDisputeSchema,
  reviewSubmissionSchema,
  submitWorkSchema,
  taskIdSchema,
  taskSchemaIn,
} from './schemas';
import * as tasks from './service';
import * as operations from './operations-service';
import type { RewardOutcome } from './rewards';
import type { BulkOutcome } from '@/lib/console/bulk';

/** What accepting work granted: the points may be fewer than the task offers (the monthly cap). */
type ReviewOutcome = { reward: RewardOutcome | null };

function formObject(form: FormData) {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function done<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function createTaskAction(_: ActionResult<{ id: string; status: string }> | null, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  // The deadline is typed on the clock the task's pages show it on.
  const input = taskSchemaIn(await findDefaultTimeZone()).safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  return done(await tasks.createTask(user, input.data));
}

export async function publishTaskAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = taskIdSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  const result = done(await tasks.publishTask(user, input.data.taskId));
  return result.ok ? ok() : result;
}

export async function cancelTaskAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = taskIdSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  return done(await tasks.cancelTask(user, input.data.taskId));
}

export async function applyAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = applySchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  const result = done(await tasks.applyToTask(user, input.data));
  return result.ok ? ok() : result;
}

export async function claimAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = taskIdSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  const result = done(await tasks.claimTask(user, input.data.taskId));
  return result.ok ? ok() : result;
}

export async function decideApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = applicationDecisionSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  const result = done(await tasks.decideApplication(user, input.data));
  return result.ok ? ok() : result;
}

export async function submitWorkAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = submitWorkSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  const result = done(await tasks.submitWork(user, input.data));
  return result.ok ? ok() : result;
}

export async function reviewSubmissionAction(_: ActionResult<ReviewOutcome> | null, form: FormData): Promise<ActionResult<ReviewOutcome>> {
  const input = reviewSubmissionSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  return done(await tasks.reviewSubmission(user, input.data));
}

export async function raiseDisputeAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = disputeSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:contribute');
  return done(await tasks.raiseDispute(user, input.data));
}

export async function resolveDisputeAction(_: ActionResult<ReviewOutcome> | null, form: FormData): Promise<ActionResult<ReviewOutcome>> {
  const input = resolveDisputeSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:resolve-dispute');
  return done(await tasks.resolveDispute(user, input.data));
}

export async function markPayoutPaidAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = payoutIdSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('payout:manage');
  return done(await operations.markPayoutPaid(user, input.data.payoutId));
}

export async function approveTaskAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = approveTaskSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:resolve-dispute');
  return done(await operations.approveTask(user, input.data.taskId));
}

export async function sendBackTaskAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = sendBackTaskSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:resolve-dispute');
  return done(await operations.sendBackTask(user, input.data));
}

export async function updateTaskRulesAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = taskRulesSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await operations.updateTaskRules(user, input.data));
}

/** The console's task-approval queue: many tasks approved or sent back with one reason. */
export async function decideTasksAction(_: ActionResult<BulkOutcome> | null, form: FormData): Promise<ActionResult<BulkOutcome>> {
  const input = taskBulkDecisionSchema.safeParse({ taskIds: form.getAll('taskId'), decision: form.get('decision'), reason: form.get('reason') ?? undefined });
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('task:resolve-dispute');
  return done(await operations.decideTasks(user, input.data));
}

/** The console's payout queue: many bounties recorded as paid. */
export async function markPayoutsPaidAction(_: ActionResult<BulkOutcome> | null, form: FormData): Promise<ActionResult<BulkOutcome>> {
  const input = payoutBulkSchema.safeParse({ payoutIds: form.getAll('payoutId'), decision: form.get('decision') });
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('payout:manage');
  return done(await operations.markPayoutsPaid(user, input.data));
}
