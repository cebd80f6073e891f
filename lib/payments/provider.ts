/**
 * One gateway interface for pledges. Every call carries an idempotency key: calling again with
 * the same key returns the first outcome and never moves money twice.
 */
export type PaymentOutcome =
  | { ok: true; paymentId: string; replayed: boolean }
  | { ok: false; code: 'DECLINED' | 'INVALID_STATE' | 'NOT_FOUND'; reason: string };

import type { PaymentMethod } from './methods';

export type PaymentProvider = {
  /** The methods this gateway takes; checkout offers exactly these. */
  methods: readonly PaymentMethod[];
  authorize(input: { amountFen: number; idempotencyKey: string; method?: PaymentMethod }): Promise<PaymentOutcome>;
  capture(input: { authorizationId: string; amountFen: number; idempotencyKey: string }): Promise<PaymentOutcome>;
  void(input: { authorizationId: string; idempotencyKey: string }): Promise<PaymentOutcome>;
  refund(input: { captureId: string; amountFen: number; idempotencyKey: string }): Promise<PaymentOutcome>;
};

/** Effect keys: one capture and one void per pledge, whoever runs settlement and how often. */
export const captureKey = (pledgeId: string) => `capture:${pledgeId}`;
export const voidKey = (pledgeId: string) => `void:${pledgeId}`;
