'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import {
  bookingSchema,
  dayOffSchema,
  slotPickSchema,
  mentorProfileSchema,
  mentorshipIdSchema,
  mentorshipRequestSchema,
  mentorshipResponseSchema,
  officeHourIdSchema,
  officeHourSchema,
  sessionIdSchema,
  sessionNoteSchema,
  sessionRatingSchema,
} from './schemas';
import * as mentoring from './service';

function done<T>(result: ActionResult<T>): ActionResult {
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function saveMentorProfileAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = mentorProfileSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.saveMentorProfile(mentor, input.data));
}

export async function addOfficeHourAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = officeHourSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.addOfficeHour(mentor, input.data));
}

export async function removeOfficeHourAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = officeHourIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.removeOfficeHour(mentor, input.data.officeHourId));
}

export async function requestMentorshipAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = mentorshipRequestSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.requestMentorship(user, input.data));
}

export async function respondToMentorshipAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = mentorshipResponseSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.respondToMentorship(mentor, input.data));
}

export async function endMentorshipAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = mentorshipIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.endMentorship(user, input.data.mentorshipId));
}

export async function bookSessionAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = bookingSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.bookSession(user, input.data));
}

export async function cancelSessionAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = sessionIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.cancelSession(user, input.data.sessionId));
}

export async function writeSessionNoteAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = sessionNoteSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.writeSessionNote(user, input.data));
}

export async function rateSessionAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = sessionRatingSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await mentoring.rateSession(user, input.data));
}

export async function addDayOffAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = dayOffSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.addDayOff(mentor, input.data.day));
}

export async function removeDayOffAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = dayOffSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const mentor = await requireActionPermission('mentoring:offer');
  return done(await mentoring.removeDayOff(mentor, input.data.day));
}

/** The slot picker: a new session, or the session moved when `sessionId` is given. */
export async function pickSlotAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = slotPickSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const { sessionId, ...booking } = input.data;
  const result = sessionId ? await mentoring.rescheduleSession(user, { sessionId, startsAt: booking.startsAt, minutes: booking.minutes }) : await mentoring.bookSession(user, booking);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
