'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { invalid, ok, type ActionResult } from '@/lib/result';
import type { BulkOutcome } from '@/lib/console/bulk';
import { answerSchema, campaignBulkDecisionSchema, campaignDecisionSchema, campaignIdSchema, campaignSchemaIn, commentSchema, updateSchema } from './schemas';
import * as campaigns from './service';

function refresh(id?: string) {
  revalidatePath('/', 'layout');
  if (id) revalidatePath(`/campaigns/${id}`);
}

export async function saveCampaignAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const raw = Object.fromEntries(form);
  // The start is typed on the clock the campaign's pages show it on.
  const input = campaignSchemaIn(await findDefaultTimeZone()).safeParse(raw);
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('project:manage-own');
  const id = typeof raw.campaignId === 'string' && raw.campaignId ? raw.campaignId : null;
  const result = id ? await campaigns.updateCampaign(user, id, input.data) : await campaigns.createCampaign(user, input.data);
  if (result.ok) refresh(result.data.id);
  return result;
}

export async function submitCampaignAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = campaignIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.submitCampaign(user, input.data.campaignId);
  if (result.ok) refresh(input.data.campaignId);
  return result;
}

export async function decideCampaignAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = campaignDecisionSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  const result = await campaigns.decideCampaign(operator, input.data);
  if (result.ok) refresh(input.data.campaignId);
  return result.ok ? ok() : result;
}

export async function cancelCampaignAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = campaignIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.cancelCampaign(user, input.data.campaignId);
  if (result.ok) refresh(input.data.campaignId);
  return result;
}

export async function postUpdateAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = updateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.addCampaignUpdate(user, input.data);
  if (result.ok) refresh(input.data.campaignId);
  return result;
}

export async function postCommentAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = commentSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.addComment(user, input.data);
  if (result.ok) refresh(input.data.campaignId);
  return result;
}

export async function answerCommentAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = answerSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.answerComment(user, input.data);
  if (result.ok) refresh();
  return result;
}

export async function watchCampaignAction(_: ActionResult<{ watching: boolean }> | null, form: FormData): Promise<ActionResult<{ watching: boolean }>> {
  const input = campaignIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await campaigns.setWatching(user, input.data.campaignId, form.get('watch') === '1');
  if (result.ok) refresh(input.data.campaignId);
  return result;
}

/** The console's bulk decision: the queue sends REJECT for "send back". */
export async function decideCampaignsAction(_: ActionResult<BulkOutcome> | null, form: FormData): Promise<ActionResult<BulkOutcome>> {
  const decision = form.get('decision') === 'REJECT' ? 'SEND_BACK' : form.get('decision');
  const input = campaignBulkDecisionSchema.safeParse({ campaignIds: form.getAll('campaignId'), decision, reason: form.get('reason') ?? undefined });
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('space:operate');
  const result = await campaigns.decideCampaigns(operator, input.data);
  if (result.ok && result.data.applied.length) refresh();
  return result;
}
