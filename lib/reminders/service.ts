import 'server-only';
import { db, type Db, type Tx } from '@/lib/db';
import { EVENT_REMINDER_MINUTES, MAX_BOOKING_REMINDER_HOURS, SESSION_REMINDER_MINUTES } from './policy';
import { notifyReminders, type SentReminder } from './notifications';

/*
 * Reminders before bookings (the space's hours, default 24 h and 1 h), mentoring sessions (1 h)
 * and events (24 h). A reminder is due once its moment (start minus offset) has passed and the
 * item has not started; when several of an item's offsets are due at once (it was booked or
 * moved late), only the nearest one is sent. Each sent reminder is a row whose unique key is
 * (kind, subject, startsAt, offset): the row and its notification are written in one
 * transaction, so two job runners send it once (the second's INSERT waits on the first's key,
 * then skips it), a moved item's new start is a new key, and its old start is never matched
 * again because the query reads the item's current start and status.
 */

/** Per run; the rest go out on the next minute's run. */
export const REMINDER_BATCH = 500;

/** Sends every reminder that is due now; returns how many were sent. Idempotent. */
export async function sendDueReminders(now = new Date(), client: Db = db, batch = REMINDER_BATCH): Promise<number> {
  return client.$transaction(async (tx) => {
    const sent = await claimDueReminders(tx, now, batch);
    await notifyReminders(tx, sent);
    return sent.length;
  });
}

async function claimDueReminders(tx: Tx, now: Date, batch: number): Promise<SentReminder[]> {
  const sessionOffsets = [...SESSION_REMINDER_MINUTES];
  const eventOffsets = [...EVENT_REMINDER_MINUTES];
  return tx.$queryRaw<SentReminder[]>`
    WITH candidates AS (
      SELECT 'BOOKING'::"ReminderKind" AS kind, b.id AS "subjectId", b."startsAt", h * 60 AS "offsetMinutes",
             array(SELECT x * 60 FROM unnest(COALESCE(s."bookingReminderHours", ARRAY[24, 1])) x) AS offsets
      FROM "Booking" b
      JOIN "Resource" r ON r.id = b."resourceId"
      JOIN "Space" s ON s.id = r."spaceId"
      CROSS JOIN LATERAL unnest(COALESCE(s."bookingReminderHours", ARRAY[24, 1])) h
      WHERE b.status = 'CONFIRMED' AND b."startsAt" > ${now}
        AND b."startsAt" <= ${now}::timestamptz + make_interval(hours => ${MAX_BOOKING_REMINDER_HOURS}::int)
      UNION ALL
      SELECT 'MENTORING_SESSION'::"ReminderKind", m.id, m."startsAt", o, ${sessionOffsets}::int[]
      FROM "MentoringSession" m CROSS JOIN unnest(${sessionOffsets}::int[]) o
      WHERE m.status = 'BOOKED' AND m."startsAt" > ${now}
        AND m."startsAt" <= ${now}::timestamptz + make_interval(mins => ${Math.max(...sessionOffsets)}::int)
      UNION ALL
      SELECT 'EVENT'::"ReminderKind", g.id, e."startsAt", o, ${eventOffsets}::int[]
      FROM "Event" e
      JOIN "EventRegistration" g ON g."eventId" = e.id AND g.status = 'REGISTERED'
      CROSS JOIN unnest(${eventOffsets}::int[]) o
      WHERE e.status = 'PUBLISHED' AND e."startsAt" > ${now}
        AND e."startsAt" <= ${now}::timestamptz + make_interval(mins => ${Math.max(...eventOffsets)}::int)
    ),
    due AS (
      SELECT c.kind, c."subjectId", c."startsAt", c."offsetMinutes" FROM candidates c
      WHERE c."startsAt" - make_interval(mins => c."offsetMinutes") <= ${now}
        -- sent ones stay "due" until the start; skip them before the LIMIT so they never crowd out new ones
        AND NOT EXISTS (
          SELECT 1 FROM "Reminder" r
          WHERE r.kind = c.kind AND r."subjectId" = c."subjectId" AND r."startsAt" = c."startsAt" AND r."offsetMinutes" = c."offsetMinutes"
        )
        -- a nearer offset that is also due wins: one reminder, not a burst, for a late booking
        AND NOT EXISTS (
          SELECT 1 FROM unnest(c.offsets) n
          WHERE n < c."offsetMinutes" AND c."startsAt" - make_interval(mins => n) <= ${now}
        )
      ORDER BY c."startsAt", c."subjectId"
      LIMIT ${batch}
    )
    INSERT INTO "Reminder" (id, kind, "subjectId", "startsAt", "offsetMinutes", "sentAt")
    SELECT gen_random_uuid()::text, kind, "subjectId", "startsAt", "offsetMinutes", now() FROM due
    ON CONFLICT (kind, "subjectId", "startsAt", "offsetMinutes") DO NOTHING
    RETURNING kind::text AS kind, "subjectId", "startsAt", "offsetMinutes"`;
}
