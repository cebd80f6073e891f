/**
 * SQL statements per request, read from PostgreSQL's own statistics (pg_stat_statements), so
 * every statement counts whoever sends it: Prisma, raw SQL, Auth.js, transactions' BEGIN/COMMIT.
 */
import pg from 'pg';

export type Stats = { available: boolean; perRequest: (path: () => Promise<void>, n: number) => Promise<number | null>; hotPlans: (limit: number) => Promise<HotQuery[]>; reset: () => Promise<void>; end: () => Promise<void> };
export type HotQuery = { query: string; calls: number; meanMs: number; totalMs: number; plan: string };

const OWN = `query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_database%' AND query NOT ILIKE 'EXPLAIN%'`;

export async function openStats(url: string): Promise<Stats> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let available = true;
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await c.query('SELECT pg_stat_statements_reset()');
  } catch {
    available = false; // an external server without shared_preload_libraries=pg_stat_statements
  }
  const total = async () => {
    const { rows } = await c.query(`SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND ${OWN}`);
    return rows[0].n as number;
  };
  return {
    available,
    async reset() {
      if (available) await c.query('SELECT pg_stat_statements_reset()');
    },
    async perRequest(request, n) {
      if (!available) return null;
      await c.query('SELECT pg_stat_statements_reset()');
      for (let i = 0; i < n; i++) await request();
      return Math.round(((await total()) / n) * 10) / 10;
    },
    async hotPlans(limit) {
      if (!available) return [];
      const { rows } = await c.query(
        `SELECT query, calls::int, mean_exec_time AS mean, total_exec_time AS total FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND ${OWN}
            AND query ~* '^\\s*(SELECT|WITH)' ORDER BY total_exec_time DESC LIMIT $1`,
        [limit],
      );
      const out: HotQuery[] = [];
      for (const r of rows) {
        let plan: string;
        try {
          // The statements are normalised ($1, $2 ...): a generic plan is what PostgreSQL would
          // run for any value, which is the question (does an index serve it?).
          const res = await c.query(`EXPLAIN (GENERIC_PLAN, COSTS OFF) ${r.query}`);
          plan = res.rows.map((x: Record<string, string>) => x['QUERY PLAN']).join('\n');
        } catch (e) {
          plan = `(no plan: ${e instanceof Error ? e.message : e})`;
        }
        out.push({ query: r.query, calls: r.calls, meanMs: Math.round(r.mean * 100) / 100, totalMs: Math.round(r.total), plan });
      }
      return out;
    },
    end: () => c.end(),
  };
}
