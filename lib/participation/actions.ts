'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { fail, invalid, ok, type ActionResult } from '@/lib/result';
import { processImage, type ProcessedImage } from '@/lib/media/process';
import { text } from '@/lib/validation';
import {
  answerSchema,
  commentSchema,
  consultationSchema,
  createProposalSchema,
  editProposalSchema,
  rateAnswerSchema,
  resultProgressSchema,
  resultSchema,
  withdrawProposalSchema,
} from './schemas';
import * as participation from './service';
import { rateAnswer, saveAnswer } from './answers';
import { createResult, updateResultProgress } from './results';

const proposalIdSchema = z.object({ proposalId: text().min(1).max(64) });

function done<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

function fields(form: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
}

async function readImage(form: FormData): Promise<ActionResult<ProcessedImage | null>> {
  const file = form.get('image');
  if (!(file instanceof File) || file.size === 0) return ok(null);
  const processed = await processImage(file);
  return processed.ok ? ok(processed.image) : fail('VALIDATION_FAILED', 'validation', { image: [processed.error] });
}

export async function createProposalAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = createProposalSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const image = await readImage(form);
  if (!image.ok) return image;
  const { consultationId, ...proposal } = input.data;
  return done(await participation.createProposal(user, consultationId, proposal, image.data ? { image: image.data } : {}));
}

export async function editProposalAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = editProposalSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const { proposalId, ...proposal } = input.data;
  return done(await participation.editProposal(user, proposalId, proposal));
}

export async function withdrawProposalAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = withdrawProposalSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await participation.withdrawProposal(user, input.data.proposalId, input.data.reason));
}

export async function supportAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = proposalIdSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const r = done(await participation.supportProposal(user, input.data.proposalId));
  return r.ok ? ok() : r;
}

export async function withdrawSupportAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = proposalIdSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const r = done(await participation.withdrawSupport(user, input.data.proposalId));
  return r.ok ? ok() : r;
}

export async function followAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = proposalIdSchema.extend({ follow: z.enum(['yes', 'no']) }).safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const r = done(await participation.setFollow(user, input.data.proposalId, input.data.follow === 'yes'));
  return r.ok ? ok() : r;
}

export async function commentAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = commentSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await participation.addComment(user, input.data));
}

export async function rateAnswerAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = rateAnswerSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const r = done(await rateAnswer(user, input.data.proposalId, input.data.rating));
  return r.ok ? ok() : r;
}

export async function saveAnswerAction(_: ActionResult<{ answerId: string; published: boolean }> | null, form: FormData): Promise<ActionResult<{ answerId: string; published: boolean }>> {
  const input = answerSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await saveAnswer(user, input.data));
}

export async function assignEvaluatorAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = proposalIdSchema.extend({ evaluatorId: text().max(64) }).safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await participation.assignEvaluator(user, input.data.proposalId, input.data.evaluatorId || null));
}

export async function createConsultationAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = consultationSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await participation.createConsultation(user, input.data));
}

export async function createResultAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = resultSchema.safeParse({ ...fields(form), proposalIds: form.getAll('proposalIds').filter((v) => typeof v === 'string') });
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await createResult(user, input.data));
}

export async function updateResultProgressAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = resultProgressSchema.safeParse(fields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await updateResultProgress(user, input.data));
}
