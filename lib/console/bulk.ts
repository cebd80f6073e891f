import type { ActionResult } from '@/lib/result';

export type BulkOutcome = { applied: { id: string }[]; refused: { id: string; code: string; message: string }[] };

/**
 * Applies one decision to many ids, each through the single-item service (its own transaction,
 * conditional update and audit), so a bulk action is exactly as safe as pressing each button:
 * an item that changed meanwhile is refused and reported, the others go through.
 */
export async function decideEach(ids: readonly string[], decide: (id: string) => Promise<ActionResult<unknown>>): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { applied: [], refused: [] };
  for (const id of [...new Set(ids)]) {
    const r = await decide(id);
    if (r.ok) outcome.applied.push({ id });
    else outcome.refused.push({ id, code: r.code, message: r.message });
  }
  return outcome;
}
