import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { ActionResult, Failure } from '@/lib/result';

/**
 * The one way to abort a transaction on purpose: `throw new Rollback(fail(...))` inside
 * `inTransaction`. Everything written so far is rolled back and the caller gets the failure.
 * Returning a failure from a plain `db.$transaction` would commit the writes before it.
 */
export class Rollback extends Error {
  constructor(public readonly failure: Failure) {
    super(failure.code);
  }
}

type Options = { maxWait?: number; timeout?: number };

/** Runs `fn` in a transaction; a `Rollback` thrown inside becomes the returned failure. */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<ActionResult<T>>, options?: Options): Promise<ActionResult<T>> {
  try {
    return await (options ? db.$transaction(fn, options) : db.$transaction(fn));
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}
