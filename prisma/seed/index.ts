/**
 * Demo data for a fresh database: `npm start` runs it on first start; `npm run db:reset` again.
 * Each domain adds its own seed file and one line in demo.ts.
 */
import { db } from '@/lib/db';
import { seedDemo } from './demo';

async function main() {
  const started = Date.now();
  // One transaction: a seed that fails halfway leaves an empty database, which the next
  // start seeds again, rather than half the demo.
  await db.$transaction(
    (tx) => seedDemo(tx),
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
