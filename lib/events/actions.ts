'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { cancelEventSchema, eventIdSchema, eventSchema, registrationIdSchema, updateEventSchema } from './schemas';
import * as events from './service';

function done<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function createEventAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = eventSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:manage');
  return done(await events.createEvent(user, input.data));
}

export async function updateEventAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = updateEventSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:manage');
  return done(await events.updateEvent(user, input.data));
}

export async function publishEventAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = eventIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:manage');
  return done(await events.publishEvent(user, input.data.eventId));
}

export async function cancelEventAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = cancelEventSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:manage');
  return done(await events.cancelEvent(user, input.data));
}

export async function registerAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = eventIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:register');
  const result = done(await events.registerForEvent(user, input.data.eventId));
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function cancelRegistrationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = eventIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:register');
  return done(await events.cancelRegistration(user, input.data.eventId));
}

export async function markAttendanceAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = registrationIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:manage');
  const result = done(await events.markAttendance(user, input.data.registrationId));
  return result.ok ? { ok: true, data: undefined } : result;
}
