import 'server-only';
import type { PaymentProvider } from './provider';
import { sandboxPaymentProvider } from './sandbox-service';

export type { PaymentProvider, PaymentOutcome } from './provider';
export { captureKey, voidKey } from './provider';
export { PAYMENT_METHODS, type PaymentMethod } from './methods';

/** The gateway in use. Only the sandbox exists so far; a real one implements the same type. */
export function paymentProvider(): PaymentProvider {
  return sandboxPaymentProvider;
}
