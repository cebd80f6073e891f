import type { z } from 'zod';
import type { ErrorCode } from '@/lib/errors';

export type { ErrorCode };

/** What a server action or service returns for an expected outcome. Bugs and forbidden access throw. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export type Failure = Extract<ActionResult<never>, { ok: false }>;

export function ok(): ActionResult<undefined>;
export function ok<T>(data: T): ActionResult<T>;
export function ok<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

/**
 * An expected failure. `message` is a message-catalog key under `errors.` (the UI and the API
 * translate it into the reader's language); `code` is the stable upper-snake code of the API.
 */
export function fail(code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>): Failure {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** Zod issues -> field errors. Messages are catalog keys set in the schemas (see lib/validation.ts). */
export function invalid(error: z.ZodError): Failure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fail('VALIDATION_FAILED', 'validation', fieldErrors);
}
