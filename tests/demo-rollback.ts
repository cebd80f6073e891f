import { db, type Tx } from '@/lib/db';
import { seedDemo } from '@/prisma/seed/demo';

class Undo extends Error {}

/** Loads the whole demo inside a transaction, runs the checks on it, then rolls everything back. */
export async function withDemo(check: (tx: Tx) => Promise<void>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        await seedDemo(tx);
        await check(tx);
        throw new Undo();
      },
      { timeout: 180_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (!(e instanceof Undo)) throw e;
  }
}
