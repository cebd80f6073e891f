import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { createTranslator } from 'next-intl';
import type { z } from 'zod';
import { ForbiddenError } from '@/lib/auth/permissions';
import { authenticateBearer } from '@/lib/api-tokens/service';
import type { SessionUser } from '@/lib/users/queries';
import type { Failure } from '@/lib/result';
import type { ErrorCode } from '@/lib/errors';
import { isStorableText } from '@/lib/validation';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

/** The HTTP status of every error code (DOMAIN.md): a new code without a status does not compile. */
const STATUS = {
  MALFORMED_JSON: 400,
  VALIDATION_FAILED: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  TOKEN_MALFORMED: 401,
  TOKEN_INVALID: 401,
  INVALID_CREDENTIALS: 401,
  PAYMENT_DECLINED: 402,
  FORBIDDEN: 403,
  SELF_GRANT_FORBIDDEN: 403,
  NOT_ASSIGNED: 403,
  CERTIFICATION_REQUIRED: 403,
  EMAIL_UNVERIFIED: 403,
  NOT_FOUND: 404,
  NOT_REGISTERED: 404,
  NOT_WAITLISTED: 404,
  STATE_CHANGED: 409,
  ILLEGAL_TRANSITION: 409,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  ROLE_REQUEST_PENDING: 409,
  ROLE_ALREADY_HELD: 409,
  SLOT_TAKEN: 409,
  NO_DESK_FREE: 409,
  UNDER_MAINTENANCE: 409,
  CHECK_IN_CLOSED: 409,
  MENTORSHIP_EXISTS: 409,
  INVITATION_PENDING: 409,
  INTRODUCTION_PENDING: 409,
  ALREADY_APPLIED: 409,
  ALREADY_MEMBER: 409,
  ALREADY_ASSIGNED: 409,
  ALREADY_REGISTERED: 409,
  SLOTS_FULL: 409,
  TASK_NOT_OPEN: 409,
  DEADLINE_PASSED: 409,
  CAMPAIGN_NOT_LIVE: 409,
  TIER_SOLD_OUT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  EVENT_FULL: 409,
  EVENT_CANCELLED: 409,
  EVENT_STARTED: 409,
  EVENT_NOT_EDITABLE: 409,
  REGISTRATION_CLOSED: 409,
  ATTENDANCE_NOT_OPEN: 409,
  ALREADY_WAITLISTED: 409,
  OFFER_EXPIRED: 409,
  ROUND_CLOSED: 409,
  ROUND_FULL: 409,
  PAYLOAD_TOO_LARGE: 413,
  ALREADY_VERIFIED: 409,
  EXPORT_PENDING: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TIER_NOT_FOUND: 422,
  BELOW_MINIMUM: 422,
  BELOW_TIER_AMOUNT: 422,
  INVALID_TARGET: 422,
  OWN_TASK: 422,
  OWN_PROJECT: 422,
  OWNER_CANNOT_LEAVE: 422,
  APPLICATION_REQUIRED: 422,
  TOO_MANY_TOKENS: 422,
  SESSION_NOT_OVER: 422,
  OUTSIDE_OFFICE_HOURS: 422,
  QUOTA_EXCEEDED: 422,
  RESOURCE_INACTIVE: 422,
  INVALID_RANGE: 422,
  IN_PAST: 422,
  NOT_ALIGNED: 422,
  TOO_SHORT: 422,
  TOO_LONG: 422,
  TOO_LITTLE_NOTICE: 422,
  BEYOND_HORIZON: 422,
  SPACE_CLOSED: 422,
  OUTSIDE_OPENING_HOURS: 422,
  RATE_LIMITED: 429,
  // Crowdsourced tasks: approval, rewards, and who may take or release what.
  TEAM_MEMBER_TASK: 422,
  TASK_ABOVE_LIMITS: 422,
  TASK_PROJECT_PRIVATE: 422,
  APPROVAL_OWN_TASK: 403,
  PAYOUT_OWN_TASK: 403,
  // Accounts: a cookie-authenticated write from another site (requireApiOrSessionUser); a second first admin.
  ORIGIN_MISMATCH: 403,
  ADMIN_EXISTS: 409,
  // Participation and moderation.
  CONSULTATION_CLOSED: 409,
  PROPOSAL_CLOSED: 409,
  PROPOSAL_LOCKED: 409,
  ALREADY_RATED: 409,
  ALREADY_REPORTED: 409,
  SAME_ANSWERER: 422,
  OWN_CONTENT: 422,
  // Checkout.
  SHIPPING_ADDRESS_REQUIRED: 422,
  PAYMENT_METHOD_UNAVAILABLE: 422,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

/** The HTTP status of an error code. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export class ApiError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly messageKey: string,
    public readonly fields?: Record<string, string[]>,
  ) {
    super(code);
  }
}

export type ApiLocale = 'zh-CN' | 'en';

/** The request's language: English when Accept-Language prefers it, Chinese otherwise. */
export function apiLocale(req: Request): ApiLocale {
  const header = req.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

function translate(locale: ApiLocale, namespace: 'errors' | 'validation', key: string): string {
  // Keys come from services at run time, so the translator is used untyped here.
  const t = createTranslator({ locale, messages: (locale === 'en' ? en : zh) as Record<string, unknown>, namespace }) as unknown as {
    (key: string, values?: Record<string, number | string>): string;
    has: (key: string) => boolean;
  };
  // `key:value` carries one value: a number (`n`) or a name (`name`), e.g. a certification.
  const cut = key.indexOf(':');
  const k = cut < 0 ? key : key.slice(0, cut);
  const v = cut < 0 ? '' : key.slice(cut + 1);
  return t.has(k) ? t(k, { n: Number(v || 0), name: v }) : key;
}

export function errorResponse(req: Request, code: ErrorCode, messageKey: string, fields?: Record<string, string[]>, status?: number) {
  const locale = apiLocale(req);
  const body = {
    error: {
      code,
      message: translate(locale, 'errors', messageKey),
      ...(fields ? { fields: Object.fromEntries(Object.entries(fields).map(([f, keys]) => [f, keys.map((k) => translate(locale, 'validation', k))])) } : {}),
    },
  };
  return NextResponse.json(body, { status: status ?? STATUS[code] });
}

export function failureResponse(req: Request, failure: Failure) {
  return errorResponse(req, failure.code, failure.message, failure.fieldErrors);
}

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

/** A path segment with a NUL byte or a lone surrogate cannot name a row: nothing to find. */
async function paramsAreStorable(ctx: unknown): Promise<boolean> {
  const params = ctx && typeof ctx === 'object' && 'params' in ctx ? await (ctx as { params: unknown }).params : null;
  if (!params || typeof params !== 'object') return true;
  return Object.values(params).every((v) => (Array.isArray(v) ? v : [v]).every((s) => typeof s !== 'string' || isStorableText(s)));
}

/** Every route handler goes through this: known failures become JSON errors, never a stack trace. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      if (!(await paramsAreStorable(ctx))) return errorResponse(req, 'NOT_FOUND', 'apiNotFound');
      return await handler(req, ctx);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(req, error.code, error.messageKey, error.fields);
      if (error instanceof ForbiddenError) return errorResponse(req, 'FORBIDDEN', 'forbidden');
      console.error('[api]', req.method, req.nextUrl.pathname, error);
      return errorResponse(req, 'INTERNAL', 'generic');
    }
  };
}

export async function requireApiUser(req: Request): Promise<SessionUser> {
  const result = await authenticateBearer(req.headers.get('authorization'));
  if (!result.ok) {
    throw new ApiError(result.code, result.code === 'UNAUTHENTICATED' ? 'unauthenticated' : result.code === 'TOKEN_MALFORMED' ? 'tokenMalformed' : 'tokenInvalid');
  }
  return result.user;
}

/**
 * A bearer token, or else the browser's session cookie. A cookie is sent by the browser with a
 * request any site can make (a form post, a no-cors fetch), so a cookie-authenticated write is
 * only accepted when its Origin is this site: the browser sets Origin itself and a page cannot
 * forge it. Bearer calls are not affected: no other site can make the browser attach a token.
 * Hosts are compared (Host, or X-Forwarded-Host set by Next or the proxy): the scheme may differ
 * behind a proxy that ends TLS.
 */
export async function requireApiOrSessionUser(req: Request): Promise<SessionUser> {
  if (req.headers.get('authorization')) return requireApiUser(req);
  // Loaded lazily: token clients never need the Auth.js stack.
  const { getCurrentUser } = await import('@/lib/auth/session');
  const user = await getCurrentUser();
  if (!user) throw new ApiError('UNAUTHENTICATED', 'unauthenticated');
  // Only a write the cookie authenticates can be forged by another site; no cookie is a plain 401.
  if (req.method !== 'GET' && req.method !== 'HEAD' && !sameOrigin(req)) throw new ApiError('ORIGIN_MISMATCH', 'originMismatch');
  return user;
}

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(',')[0].trim().toLowerCase();
  } catch {
    return false;
  }
}

/** The largest JSON body the API reads; more is refused before parsing. */
export const MAX_JSON_BYTES = 1024 * 1024;

/** Deeper JSON than this is refused: no request of this API nests more than a few levels. */
const MAX_JSON_DEPTH = 32;

/**
 * The dotted path of the first string (key or value) PostgreSQL could not store, '_depth' when
 * the value nests too deep, or null. Iterative: a hostile body must not exhaust the stack.
 */
function unstorablePath(root: unknown): string | null {
  const stack: { value: unknown; at: string[] }[] = [{ value: root, at: [] }];
  while (stack.length) {
    const { value, at } = stack.pop()!;
    if (at.length > MAX_JSON_DEPTH) return '_depth';
    if (typeof value === 'string') {
      if (!isStorableText(value)) return at.join('.') || '_body';
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, at: [...at, String(i)] }));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!isStorableText(k)) return [...at, '_key'].join('.');
        stack.push({ value: v, at: [...at, k] });
      }
    }
  }
  return null;
}

/**
 * A JSON body as a value: 415 for another type, 413 over the limit, 400 when malformed or when
 * a string holds a NUL byte or a lone surrogate (PostgreSQL refuses them in text).
 */
export async function readJsonValue(req: Request): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', 'payloadTooLarge');
  let raw: string;
  try {
    raw = await req.text();
  } catch {
    throw new ApiError('MALFORMED_JSON', 'malformedJson');
  }
  if (Buffer.byteLength(raw) > MAX_JSON_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', 'payloadTooLarge');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError('MALFORMED_JSON', 'malformedJson');
  }
  const bad = unstorablePath(body);
  if (bad === '_depth') throw new ApiError('MALFORMED_JSON', 'malformedJson');
  if (bad) throw new ApiError('VALIDATION_FAILED', 'validation', { [bad]: ['textInvalid'] });
  return body;
}

/** Reads a JSON body and parses it with a shared schema (400 malformed, 415 wrong type). */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const body = await readJsonValue(req);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '_body'] ??= []).push(issue.message);
    throw new ApiError('VALIDATION_FAILED', 'validation', fields);
  }
  return parsed.data;
}
