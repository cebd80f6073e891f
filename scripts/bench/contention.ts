/**
 * Booking contention over real HTTP: N members with their own API tokens ask for the same
 * meeting-room slot at once. Exactly one may win; everyone else must get a clean 409.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export type Contention = { attempts: number; created: number; conflicts: number; other: Record<string, number>; bookingsInSlot: number };

const token = (i: number) => 'zcs_' + createHash('sha256').update(`bench-token-${i}`).digest('base64url');
const digest = (t: string) => createHash('sha256').update(t).digest('hex');

/** A personal access token for the member with `email` (stored hashed, as the app does). */
export async function benchToken(databaseUrl: string, email: string, i: number): Promise<string> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const t = token(100_000 + i);
    await c.query(
      `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "tokenPrefix")
       SELECT 'bt' || substr(md5($2), 1, 23), id, 'benchmark', $2, 'zcs_bench' FROM "User" WHERE email = $1
       ON CONFLICT ("tokenHash") DO NOTHING`,
      [email, digest(t)],
    );
    return t;
  } finally {
    await c.end();
  }
}

export async function bookingContention(base: string, databaseUrl: string, attempts: number): Promise<Contention> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: users } = await c.query(`SELECT id FROM "User" WHERE email LIKE 'member%' ORDER BY email LIMIT $1`, [attempts]);
    if (users.length < attempts) throw new Error(`contention needs ${attempts} members, the database has ${users.length}`);
    const tokens = users.map((_, i) => token(i));
    await c.query(
      `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "tokenPrefix")
       SELECT 'bt' || substr(md5(h), 1, 23), u, 'benchmark', h, 'zcs_bench'
         FROM unnest($1::text[], $2::text[]) AS x(u, h)
       ON CONFLICT ("tokenHash") DO NOTHING`,
      [users.map((u) => u.id), tokens.map(digest)],
    );
    // A meeting room that needs no approval; the slot: 19:30-20:30 local on a weekday three to
    // nine days ahead (open until 22:00, inside the 14-day horizon), free of other bookings.
    const { rows: rooms } = await c.query(
      `SELECT r.id, s."timeZone" FROM "Resource" r JOIN "Space" s ON s.id = r."spaceId"
        WHERE r.kind = 'MEETING_ROOM' AND NOT r."requiresApproval" AND r."requiredCertificationId" IS NULL AND r.active
        ORDER BY r.name LIMIT 1`,
    );
    const room = rooms[0];
    const { rows: slot } = await c.query(
      `SELECT ((d::date + time '19:30') AT TIME ZONE $1) AS starts
         FROM generate_series(current_date + 3, current_date + 9, interval '1 day') d
        WHERE extract(isodow FROM d) <= 5 ORDER BY d LIMIT 1`,
      [room.timeZone],
    );
    const startsAt: Date = slot[0].starts;
    await c.query(`DELETE FROM "Booking" WHERE "resourceId" = $1 AND "startsAt" < $2::timestamptz + interval '2 hours' AND "blockedUntil" > $2::timestamptz - interval '1 hour'`, [room.id, startsAt]);

    const body = JSON.stringify({ resourceId: room.id, startsAt: startsAt.toISOString(), durationMinutes: 60 });
    const statuses = await Promise.all(
      tokens.map((t) =>
        fetch(`${base}/api/v1/bookings`, { method: 'POST', headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' }, body })
          .then(async (r) => (r.status === 409 ? `409 ${((await r.json()) as { error?: { code?: string } }).error?.code}` : String(r.status)))
          .catch((e: Error) => `network: ${e.message}`),
      ),
    );
    const tally: Record<string, number> = {};
    for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
    const created = tally['201'] ?? 0;
    const conflicts = tally['409 SLOT_TAKEN'] ?? 0;
    const other = Object.fromEntries(Object.entries(tally).filter(([k]) => k !== '201' && k !== '409 SLOT_TAKEN'));
    const { rows: held } = await c.query(
      `SELECT count(*)::int AS n FROM "Booking" WHERE "resourceId" = $1 AND "startsAt" = $2 AND status IN ('PENDING','CONFIRMED','CHECKED_IN')`,
      [room.id, startsAt],
    );
    return { attempts, created, conflicts, other, bookingsInSlot: held[0].n };
  } finally {
    await c.end();
  }
}
