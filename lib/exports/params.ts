import { z } from 'zod';

/** A local calendar date ("2026-11-25") from a search parameter; anything else is no filter. */
export function dateKeyParam() {
  return z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional())
    .catch(undefined)
    .refine((v) => v === undefined || !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    .catch(undefined);
}

/** The search parameters of a page, as a plain object zod can parse (repeated keys become arrays). */
export function paramsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of params) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
