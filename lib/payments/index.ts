import 'server-only';
import type { PaymentProvider } from './provider';
import { sandboxPaymentProvider } from './sandbox';

export type { PaymentProvider, PaymentOutcome } from './provider';
export { captureKey, voidKey } from './provider';

/** The gateway in use. Only the sandbox exists so far; a real one implements the same type. */
export function paymentProvider(): PaymentProvider {
  return sandboxPaymentProvider;
}
