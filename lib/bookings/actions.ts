'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import {
  bookingCancelSchema,
  bookingCreateSchema,
  bookingDecisionSchema,
  bookingIdSchema,
  certificationCreateSchema,
  certificationGrantSchema,
  certificationRevokeSchema,
  closureDeleteSchema,
  closureSchema,
  openingHoursSchema,
  hotDeskSchema,
  maintenanceSchema,
  resourceSchema,
} from './schemas';
import * as bookings from './service';

function done<T>(result: ActionResult<T>, ...paths: string[]): ActionResult<T> {
  if (result.ok) for (const p of paths) revalidatePath(p, 'layout');
  return result;
}

export async function createBookingAction(_: ActionResult<{ id: string; status: string }> | null, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  const input = bookingCreateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const { projectId, ...rest } = input.data;
  const result = await bookings.createBooking(user, { ...rest, ...(projectId ? { projectId } : {}) });
  return done(result.ok ? { ok: true, data: { id: result.data.id, status: result.data.status } } : result, '/bookings');
}

export async function cancelBookingAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = bookingCancelSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await bookings.cancelBooking(user, input.data), '/bookings', '/operate');
}

export async function checkInAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = bookingIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await bookings.checkIn(user, input.data), '/bookings', '/operate');
}

export async function hotDeskAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = hotDeskSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await bookings.bookAnyHotDesk(user, input.data), '/bookings');
}

export async function markNoShowAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = bookingIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.markNoShow(user, input.data), '/operate');
}

export async function decideBookingAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = bookingDecisionSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.decideBooking(user, input.data), '/operate', '/bookings');
}

export async function saveResourceAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = resourceSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const { resourceId, ...rest } = input.data;
  return done(await bookings.saveResource(user, { ...rest, ...(resourceId ? { resourceId } : {}) }), '/operate', '/bookings');
}

export async function addMaintenanceAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = maintenanceSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.addMaintenance(user, input.data), '/operate');
}

export async function createCertificationAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = certificationCreateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.createCertification(user, input.data), '/operate');
}

export async function grantCertificationAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = certificationGrantSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.grantCertification(user, input.data), '/operate');
}

export async function revokeCertificationAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = certificationRevokeSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.revokeCertification(user, input.data), '/operate');
}

export async function updateOpeningHoursAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = openingHoursSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.updateOpeningHours(user, input.data as { spaceId: string } & Record<string, string>), '/operate', '/bookings');
}

export async function addClosureAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = closureSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.addClosure(user, input.data), '/operate', '/bookings');
}

export async function deleteClosureAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = closureDeleteSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  return done(await bookings.deleteClosure(user, input.data), '/operate', '/bookings');
}

/** Creates the member's calendar feed link (a page never writes while it renders). */
export async function createCalendarFeedAction(): Promise<void> {
  const user = await requireUser();
  await bookings.ensureCalendarFeedToken(user);
  revalidatePath('/bookings/mine');
}
