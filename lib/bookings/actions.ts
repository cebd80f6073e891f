'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import {
  bookingCancelSchema,
  bookingCreateSchema,
  bookingDecisionSchema,
  bookingBulkDecisionSchema,
  bookingIdSchema,
  certificationCreateSchema,
  certificationGrantSchema,
  certificationRevokeSchema,
  closureDeleteSchema,
  closureSchema,
  deskConfirmSchema,
  deskPickSchema,
  openingHoursSchema,
  maintenanceSchema,
  resourceSchema,
} from './schemas';
import * as bookings from './service';
import * as deskPicker from './desk-picker-service';

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

export async function decideBookingsAction(_: ActionResult<bookings.BulkDecisionResult> | null, form: FormData): Promise<ActionResult<bookings.BulkDecisionResult>> {
  const input = bookingBulkDecisionSchema.safeParse({ bookingIds: form.getAll('bookingId'), decision: form.get('decision'), reason: form.get('reason') ?? undefined, overrideReason: form.get('overrideReason') ?? undefined });
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const { overrideReason, ...rest } = input.data;
  return done(await bookings.decideBookings(user, { ...rest, ...(overrideReason ? { override: { reason: overrideReason } } : {}) }), '/operate', '/bookings');
}

/** A desk proposal as the browser gets it (instants as ISO strings). */
export type DeskProposalView = { resourceId: string; resourceName: string; zone: string; startsAt: string; endsAt: string; durationMinutes: number; timeZone: string };
const proposalView = (p: deskPicker.DeskProposal): DeskProposalView => ({ ...p, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() });

export async function proposeDeskAction(_: ActionResult<DeskProposalView> | null, form: FormData): Promise<ActionResult<DeskProposalView>> {
  const input = deskPickSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const { exclude, end, hours, ...range } = input.data;
  const result = await deskPicker.proposeDesk(user, { ...range, ...(end ? { end } : {}), ...(hours !== undefined ? { hours } : {}) }, { exclude });
  return result.ok ? { ok: true, data: proposalView(result.data) } : result;
}

export type DeskConfirmView = { booked: true; bookingId: string; status: string; resourceName: string; startsAt: string; endsAt: string } | { booked: false; proposal: DeskProposalView };

export async function confirmDeskAction(_: ActionResult<DeskConfirmView> | null, form: FormData): Promise<ActionResult<DeskConfirmView>> {
  const input = deskConfirmSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await deskPicker.confirmDesk(user, input.data);
  if (!result.ok) return result;
  const r = result.data;
  if (!r.booked) return { ok: true, data: { booked: false, proposal: proposalView(r.proposal) } };
  return done({ ok: true, data: { booked: true, bookingId: r.booking.id, status: r.booking.status, resourceName: r.resourceName, startsAt: r.booking.startsAt.toISOString(), endsAt: r.booking.endsAt.toISOString() } }, '/bookings');
}
