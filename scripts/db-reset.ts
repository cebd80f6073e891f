/** Drops the database, migrates it afresh and loads the demo data again. */
import { recreateDatabase } from './lib/embedded-db';
import { migrate, seed } from './lib/run';
import { openDatabase } from './lib/with-database';

async function main() {
  const db = await openDatabase((l) => console.log(l));
  try {
    await recreateDatabase(db.url);
    await migrate(db.url);
    await seed(db.url);
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
