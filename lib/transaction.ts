import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { ActionResult, Failure } from '@/lib/result';

/** Thrown inside a transaction to roll it back and hand an expected failure to the caller. */
export class Rollback extends Error {
  constructor(public readonly failure: Failure) {
    super(failure.code);
  }
}

/** Runs `fn` in a transaction; a `Rollback` thrown inside becomes the returned failure. */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<ActionResult<T>>, options?: { maxWait?: number; timeout?: number }): Promise<ActionResult<T>> {
  try {
    return await db.$transaction(fn, options);
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}
