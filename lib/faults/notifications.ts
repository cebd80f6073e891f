import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';
import type { NotificationKind } from '@/lib/notifications/kinds';

/** What every fault notice says: the thing that is broken (resource or space) and a note. */
async function loadFault(tx: Tx, faultId: string) {
  return tx.faultReport.findUniqueOrThrow({
    where: { id: faultId },
    select: {
      id: true,
      reporterId: true,
      resource: { select: { name: true } },
      space: { select: { name: true, timeZone: true } },
      category: { select: { nameZh: true, nameEn: true } },
      confirmations: { select: { userId: true } },
    },
  });
}

type Loaded = Awaited<ReturnType<typeof loadFault>>;

function values(f: Loaded, reason = '') {
  return { title: f.resource?.name ?? f.space.name, resource: f.resource?.name ?? f.space.name, message: `${f.category.nameZh} / ${f.category.nameEn}`, reason };
}

/** The reporter and everyone who said "me too". */
function followersOf(f: Loaded): string[] {
  return [...(f.reporterId ? [f.reporterId] : []), ...f.confirmations.map((c) => c.userId)];
}

/** A change the reporter and the confirmers hear of (once per history entry). */
export async function notifyFollowers(tx: Tx, faultId: string, kind: Extract<NotificationKind, 'faultUpdated' | 'faultReply' | 'faultMerged' | 'faultFixed'>, eventId: string, note: string, except?: string) {
  const f = await loadFault(tx, faultId);
  const recipients = followersOf(f).filter((id) => id !== except);
  await notify(tx, { kind, recipients, subject: { type: 'fault', id: f.id }, eventId, data: values(f, note), link: `/faults/${f.id}` });
}

/** A new (or reopened) report in the operators' queue. */
export async function notifyOperators(tx: Tx, faultId: string, eventId: string, note = '') {
  const f = await loadFault(tx, faultId);
  await notify(tx, { kind: 'queueFault', recipients: await membersWith(tx, 'space:operate'), subject: { type: 'fault', id: f.id }, eventId, data: values(f, note), link: `/operate/faults/${f.id}` });
}

/** A booker whose booking falls into an out-of-service block: once per fault and booking. */
export async function notifyBooker(tx: Tx, faultId: string, booking: { id: string; userId: string; startsAt: Date }) {
  const f = await loadFault(tx, faultId);
  await notify(tx, {
    kind: 'faultBookingAffected',
    recipients: [booking.userId],
    subject: { type: 'booking', id: booking.id },
    eventId: `fault:${f.id}`,
    data: { ...values(f), startsAt: booking.startsAt.toISOString(), timeZone: f.space.timeZone },
    link: `/faults/${f.id}?booking=${booking.id}`,
  });
}

/** Two days after the fix: does it hold? (once per fix) */
export async function notifyVerify(tx: Tx, faultId: string, fixedAt: Date) {
  const f = await loadFault(tx, faultId);
  if (!f.reporterId) return;
  await notify(tx, { kind: 'faultVerify', recipients: [f.reporterId], subject: { type: 'fault', id: f.id }, eventId: fixedAt.toISOString(), data: values(f), link: `/faults/${f.id}` });
}

/** At the same time, the members who said "me too" are invited to rate the repair (once per fix). */
export async function notifyRateRepair(tx: Tx, faultId: string, fixedAt: Date) {
  const f = await loadFault(tx, faultId);
  const recipients = f.confirmations.map((c) => c.userId).filter((id) => id !== f.reporterId);
  if (recipients.length === 0) return;
  await notify(tx, { kind: 'faultRateRepair', recipients, subject: { type: 'fault', id: f.id }, eventId: fixedAt.toISOString(), data: values(f), link: `/ratings/fault/${f.id}` });
}
