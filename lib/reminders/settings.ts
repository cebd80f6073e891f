import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { BookingReminderHoursInput } from './schemas';

/** An operator sets how many hours before a booking its booker is reminded (audited). */
export async function updateBookingReminderHours(actor: Actor, input: BookingReminderHoursInput): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const before = await tx.space.findUnique({ where: { id: input.spaceId }, select: { bookingReminderHours: true } });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'spaceNotFound'));
    await tx.space.update({ where: { id: input.spaceId }, data: { bookingReminderHours: input.hours } });
    await recordAudit(tx, { actorId: actor.id, action: 'space.bookingReminderHours', entityType: 'Space', entityId: input.spaceId, before: { hours: before.bookingReminderHours }, after: { hours: input.hours } });
    return ok();
  });
}
