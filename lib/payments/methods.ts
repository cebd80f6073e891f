/** The payment methods checkout offers, in the order shown. Safe in the browser. */
export const PAYMENT_METHODS = ['WECHAT_PAY', 'ALIPAY', 'CARD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
