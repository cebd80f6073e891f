'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { invalid, type ActionResult } from '@/lib/result';
import { applicationIdSchema, applicationSchema, commentSchema, decisionSchema, reviewScoresInput, reviewScoresSchema, roundSchemaIn, scoreSchema } from './schemas';
import * as admissions from './service';

function done<T>(result: ActionResult<T>): ActionResult {
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function createRoundAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  // Opening and closing are typed on the clock the round's pages show them on.
  const input = roundSchemaIn(await findDefaultTimeZone()).safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.createRound(operator, input.data));
}

/** Answers arrive as answer_0, answer_1, ...; the submit button says whether to submit or keep a draft. */
export async function saveApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const answers = [...form.keys()].filter((k) => /^answer_\d+$/.test(k)).sort((a, b) => Number(a.slice(7)) - Number(b.slice(7))).map((k) => String(form.get(k) ?? ''));
  const input = applicationSchema.safeParse({ roundId: form.get('roundId'), projectId: form.get('projectId'), answers, submit: form.get('intent') !== 'draft' });
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await admissions.saveApplication(user, input.data);
  if (!result.ok && result.fieldErrors) {
    return { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.replace('answers.', 'answer_'), v])) };
  }
  return done(result);
}

export async function withdrawApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = applicationIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await admissions.withdrawApplication(user, input.data.applicationId));
}

export async function startReviewAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = applicationIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.startReview(operator, input.data.applicationId));
}

export async function decideApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = decisionSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.decideApplication(operator, input.data));
}

export async function scoreApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = scoreSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.scoreApplication(operator, input.data));
}

export async function commentOnApplicationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = commentSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.commentOnApplication(operator, input.data));
}

export async function graduateProjectAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.graduateProject(operator, String(form.get('projectId') ?? '')));
}

export async function saveReviewScoresAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = reviewScoresSchema.safeParse(reviewScoresInput(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  return done(await admissions.saveReviewScores(operator, input.data));
}
