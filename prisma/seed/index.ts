/**
 * Demo data for a fresh database: `npm start` runs it on first start; `npm run db:reset` again.
 * Each domain adds its own seed file and one line here.
 */
import { db } from '@/lib/db';
import { seedUsers } from './users';
import { seedBookings } from './bookings';
import { seedProjects } from './projects';
import { seedCampaigns } from './campaigns';
import { seedTasks } from './tasks';
import { seedEvents } from './events';

async function main() {
  const started = Date.now();
  // One transaction: a seed that fails halfway leaves an empty database, which the next
  // start seeds again, rather than half the demo.
  await db.$transaction(
    async (tx) => {
      await seedUsers(tx);
      await seedBookings(tx);
      await seedProjects(tx);
      await seedCampaigns(tx);
      await seedTasks(tx);
      await seedEvents(tx);
    },
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
