'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { fail, invalid, type ActionResult } from '@/lib/result';
import { storage } from '@/lib/storage';
import { processImage } from '@/lib/media/process';
import { removeKey, storeImage } from '@/lib/media/service';
import type { FaultStatus } from '@/lib/generated/prisma/enums';
import {
  faultAssignSchema,
  faultIdSchema,
  faultMergeSchema,
  faultOutOfServiceSchema,
  faultRebookSchema,
  faultReplySchema,
  faultReportSchema,
  faultStatusSchema,
  faultVerifySchema,
} from './schemas';
import * as faults from './service';
import { rebookAffected, takeOutOfService } from './bookings-service';

function done<T>(result: ActionResult<T>, ...paths: string[]): ActionResult<T> {
  if (result.ok) for (const p of paths) revalidatePath(p, 'layout');
  return result;
}

export async function reportFaultAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = faultReportSchema.safeParse(Object.fromEntries([...form.entries()].filter(([k]) => k !== 'photo')));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const file = form.get('photo');
  let photoKey: string | undefined;
  if (file instanceof File && file.size > 0) {
    const processed = await processImage(file);
    if (!processed.ok) return fail('VALIDATION_FAILED', 'validation', { photo: [processed.error] });
    await storeImage(storage, processed.image);
    photoKey = processed.image.key;
  }
  const result = await faults.reportFault(user, { ...input.data, ...(photoKey ? { photoKey } : {}) });
  // A report that was not written keeps no orphan photo.
  if (!result.ok && photoKey) await removeKey(storage, photoKey);
  return done(result, '/faults', '/operate/faults', '/bookings');
}

export async function confirmFaultAction(_: ActionResult<{ counted: boolean; count: number }> | null, form: FormData): Promise<ActionResult<{ counted: boolean; count: number }>> {
  const input = faultIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await faults.confirmFault(user, input.data), `/faults/${input.data.faultId}`);
}

export async function verifyFaultAction(_: ActionResult<{ reopened: boolean }> | null, form: FormData): Promise<ActionResult<{ reopened: boolean }>> {
  const input = faultVerifySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await faults.answerVerification(user, { faultId: input.data.faultId, fixed: input.data.fixed === 'yes' }), `/faults/${input.data.faultId}`, '/operate/faults');
}

export async function rebookAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = faultRebookSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const startsAt = new Date(input.data.startsAt);
  if (Number.isNaN(startsAt.getTime())) return fail('VALIDATION_FAILED', 'validation', { startsAt: ['dateInvalid'] });
  const user = await requireUser();
  return done(await rebookAffected(user, { ...input.data, startsAt }), '/bookings', '/faults');
}

export async function setFaultStatusAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = faultStatusSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await faults.setFaultStatus(user, { ...input.data, status: input.data.status as FaultStatus }), '/operate/faults', '/faults', '/bookings');
}

export async function assignFaultAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = faultAssignSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await faults.assignFault(user, input.data), '/operate/faults');
}

export async function replyToFaultAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = faultReplySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await faults.replyToFault(user, input.data), '/operate/faults', '/faults');
}

export async function mergeFaultAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = faultMergeSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await faults.mergeDuplicate(user, input.data), '/operate/faults', '/faults');
}

export async function outOfServiceAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = faultOutOfServiceSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await takeOutOfService(user, input.data), '/operate/faults', '/faults', '/bookings', '/operate/maintenance');
}
