import 'server-only';
import { db } from '@/lib/db';
import type { PaymentKind } from '@/lib/generated/prisma/enums';
import { SANDBOX_DECLINE_FEN } from '@/lib/campaigns/schemas';
import type { PaymentOutcome, PaymentProvider } from './provider';
import { PAYMENT_METHODS } from './methods';

/**
 * The built-in gateway for development, demos and tests. It keeps its own ledger
 * (SandboxPayment) and behaves like a real one:
 * - any authorization whose amount ends in 13 fen (¥100.13, ¥5.13 ...) is declined
 *   with `card_declined`;
 * - an idempotency key is recorded with its first outcome, declines included, and a retry
 *   returns that outcome (the unique key makes concurrent retries safe);
 * - capture and void refuse an authorization that was already voided or captured under a
 *   different key.
 */
async function record(kind: PaymentKind, idempotencyKey: string, amountFen: number, parentId: string | null, declineCode: string | null): Promise<PaymentOutcome> {
  // ON CONFLICT DO NOTHING, then read: whichever request wrote the key first decides.
  const { count } = await db.sandboxPayment.createMany({
    data: [{ kind, idempotencyKey, amountFen, parentId, status: declineCode ? 'DECLINED' : 'SUCCEEDED', declineCode }],
    skipDuplicates: true,
  });
  const row = await db.sandboxPayment.findUnique({ where: { idempotencyKey }, select: { id: true, kind: true, status: true, declineCode: true } });
  // Skipped by the one-effect-per-authorization index: another key got there first.
  if (!row) return { ok: false, code: 'INVALID_STATE', reason: 'conflicting_operation' };
  if (row.kind !== kind) return { ok: false, code: 'INVALID_STATE', reason: 'idempotency_key_reused' };
  if (row.status === 'DECLINED') return { ok: false, code: 'DECLINED', reason: row.declineCode ?? 'declined' };
  return { ok: true, paymentId: row.id, replayed: count === 0 };
}

async function existing(idempotencyKey: string, kind: PaymentKind): Promise<PaymentOutcome | null> {
  const row = await db.sandboxPayment.findUnique({ where: { idempotencyKey }, select: { id: true, kind: true, status: true, declineCode: true } });
  if (!row) return null;
  if (row.kind !== kind) return { ok: false, code: 'INVALID_STATE', reason: 'idempotency_key_reused' };
  if (row.status === 'DECLINED') return { ok: false, code: 'DECLINED', reason: row.declineCode ?? 'declined' };
  return { ok: true, paymentId: row.id, replayed: true };
}

async function authorization(id: string) {
  const auth = await db.sandboxPayment.findFirst({ where: { id, kind: 'AUTHORIZE', status: 'SUCCEEDED' }, select: { id: true, amountFen: true } });
  if (!auth) return null;
  const children = await db.sandboxPayment.findMany({ where: { parentId: id, status: 'SUCCEEDED', kind: { in: ['CAPTURE', 'VOID'] } }, select: { kind: true } });
  return { ...auth, captured: children.some((c) => c.kind === 'CAPTURE'), voided: children.some((c) => c.kind === 'VOID') };
}

export const sandboxPaymentProvider: PaymentProvider = {
  // WeChat Pay, Alipay and card behave alike here: the decline rule does not depend on the method.
  methods: PAYMENT_METHODS,

  async authorize({ amountFen, idempotencyKey }) {
    const declined = amountFen % 100 === SANDBOX_DECLINE_FEN ? 'card_declined' : null;
    return record('AUTHORIZE', idempotencyKey, amountFen, null, declined);
  },

  async capture({ authorizationId, amountFen, idempotencyKey }) {
    const replay = await existing(idempotencyKey, 'CAPTURE');
    if (replay) return replay;
    const auth = await authorization(authorizationId);
    if (!auth) return { ok: false, code: 'NOT_FOUND', reason: 'authorization_not_found' };
    if (auth.voided) return { ok: false, code: 'INVALID_STATE', reason: 'authorization_voided' };
    // A concurrent retry with the same key may have captured it a moment ago: replay that.
    if (auth.captured) return (await existing(idempotencyKey, 'CAPTURE')) ?? { ok: false, code: 'INVALID_STATE', reason: 'already_captured' };
    if (amountFen > auth.amountFen) return { ok: false, code: 'INVALID_STATE', reason: 'amount_exceeds_authorization' };
    return record('CAPTURE', idempotencyKey, amountFen, authorizationId, null);
  },

  async void({ authorizationId, idempotencyKey }) {
    const replay = await existing(idempotencyKey, 'VOID');
    if (replay) return replay;
    const auth = await authorization(authorizationId);
    if (!auth) return { ok: false, code: 'NOT_FOUND', reason: 'authorization_not_found' };
    if (auth.captured) return { ok: false, code: 'INVALID_STATE', reason: 'already_captured' };
    if (auth.voided) return (await existing(idempotencyKey, 'VOID')) ?? { ok: false, code: 'INVALID_STATE', reason: 'already_voided' };
    return record('VOID', idempotencyKey, 0, authorizationId, null);
  },

  async refund({ captureId, amountFen, idempotencyKey }) {
    const replay = await existing(idempotencyKey, 'REFUND');
    if (replay) return replay;
    const capture = await db.sandboxPayment.findFirst({ where: { id: captureId, kind: 'CAPTURE', status: 'SUCCEEDED' }, select: { amountFen: true } });
    if (!capture) return { ok: false, code: 'NOT_FOUND', reason: 'capture_not_found' };
    if (amountFen > capture.amountFen) return { ok: false, code: 'INVALID_STATE', reason: 'amount_exceeds_capture' };
    return record('REFUND', idempotencyKey, amountFen, captureId, null);
  },
};
