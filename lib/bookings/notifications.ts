import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';
import { mailTranslator } from '@/lib/mail/render';
import { bookingsToIcs } from './ics';

/** What a booking notice needs, loaded inside the change's transaction. */
async function loadBooking(tx: Tx, bookingId: string) {
  return tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      userId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      note: true,
      user: { select: { name: true, locale: true } },
      resource: { select: { id: true, name: true, zone: true, space: { select: { name: true, timeZone: true } } } },
    },
  });
}

function values(b: Awaited<ReturnType<typeof loadBooking>>, reason?: string) {
  return { resource: b.resource.name, startsAt: b.startsAt.toISOString(), timeZone: b.resource.space.timeZone, reason: reason ?? '', name: b.user.name };
}

/** A new booking: confirmed at once (confirmation with .ics) or waiting in the operators' queue. */
export async function notifyBookingCreated(tx: Tx, bookingId: string): Promise<void> {
  const b = await loadBooking(tx, bookingId);
  if (b.status === 'CONFIRMED') return notifyConfirmed(tx, b);
  await notify(tx, { kind: 'queueBooking', recipients: await membersWith(tx, 'space:operate'), subject: { type: 'booking', id: b.id }, data: values(b), link: '/operate' });
}

/** Open fault reports of the booked resource, in the booker's language, for the confirmation. */
async function knownIssues(tx: Tx, b: Awaited<ReturnType<typeof loadBooking>>): Promise<string> {
  const open = await tx.faultReport.findMany({
    where: { resourceId: b.resource.id, status: { in: ['NEW', 'CONFIRMED', 'INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 5,
    select: { category: { select: { nameZh: true, nameEn: true } } },
  });
  if (open.length === 0) return '';
  const en = b.user.locale === 'en';
  const names = [...new Set(open.map((f) => (en ? f.category.nameEn : f.category.nameZh)))].join(en ? ', ' : '、');
  return mailTranslator(b.user.locale)('faults.knownIssuesInConfirmation', { names });
}

async function notifyConfirmed(tx: Tx, b: Awaited<ReturnType<typeof loadBooking>>) {
  await notify(tx, {
    kind: 'bookingApproved',
    recipients: [b.userId],
    subject: { type: 'booking', id: b.id },
    data: { ...values(b), message: await knownIssues(tx, b) },
    link: '/bookings/mine',
    ics: { filename: 'booking.ics', content: bookingsToIcs(b.resource.name, [{ ...b, status: 'CONFIRMED' }]) },
  });
}

/** A status change made by someone other than the booker (approval, rejection, an operator's cancellation). */
export async function notifyBookingTransition(tx: Tx, actor: Actor, bookingId: string, to: BookingStatus, reason?: string): Promise<void> {
  const b = await loadBooking(tx, bookingId);
  if (b.userId === actor.id) return;
  if (to === 'CONFIRMED') return notifyConfirmed(tx, b);
  const kind = to === 'REJECTED' ? 'bookingRejected' : to === 'CANCELLED' ? 'bookingCancelled' : null;
  if (!kind) return;
  await notify(tx, { kind, recipients: [b.userId], subject: { type: 'booking', id: b.id }, data: values(b, reason), link: '/bookings/mine' });
}

/** Maintenance planned over active bookings: each booker hears of it once per block. */
export async function notifyMaintenance(tx: Tx, block: { id: string; resourceId: string; startsAt: Date; endsAt: Date; reason: string }): Promise<void> {
  const affected = await tx.booking.findMany({
    where: { resourceId: block.resourceId, status: { in: ['PENDING', 'CONFIRMED'] }, startsAt: { lt: block.endsAt }, endsAt: { gt: block.startsAt } },
    select: { id: true },
  });
  for (const { id } of affected) {
    const b = await loadBooking(tx, id);
    await notify(tx, { kind: 'bookingMaintenance', recipients: [b.userId], subject: { type: 'booking', id: b.id }, eventId: block.id, data: values(b, block.reason), link: '/bookings/mine' });
  }
}
