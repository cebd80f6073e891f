import { z } from 'zod';
import { DEFAULT_TIME_ZONE, parseFormInstant, START_OF_DAY } from '@/lib/time';
import { cursorParam, enumParam, flagParam, intParam, isDateInRange, isYearBeyondRange, limitParam, MAX_AMOUNT_FEN, text, textParam } from '@/lib/validation';
import { PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';
import { MAX_DURATION_DAYS } from './policy';
import { parseYuanToFen } from '@/lib/money';
import { PAYMENT_METHODS } from '@/lib/payments/methods';

export const MAX_TIERS = 6;
export const MAX_FAQ = 5;
/** Sandbox gateway: an amount whose last two digits are 13 fen (e.g. ¥100.13) is declined. */
export const SANDBOX_DECLINE_FEN = 13;

/** A yuan amount typed in a form (lib/money.ts), or integer fen from the API, as integer fen. */
function fenField(required: string, invalidKey: string) {
  return z.union([text(), z.number()], { error: required }).transform((v, ctx) => {
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && v > 0 && v <= MAX_AMOUNT_FEN) return v;
      ctx.addIssue({ code: 'custom', message: Number.isSafeInteger(v) && v > MAX_AMOUNT_FEN ? 'amountTooHigh' : invalidKey });
      return z.NEVER;
    }
    if (!v.trim()) {
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const fen = parseYuanToFen(v, Number.MAX_SAFE_INTEGER);
    if (fen === null || fen <= 0) {
      ctx.addIssue({ code: 'custom', message: invalidKey });
      return z.NEVER;
    }
    if (fen > MAX_AMOUNT_FEN) {
      ctx.addIssue({ code: 'custom', message: 'amountTooHigh' });
      return z.NEVER;
    }
    return fen;
  });
}

const tierSchema = z.object({
  title: text().trim().min(1, 'required').max(80, 'tierTitleTooLong'),
  description: text().trim().max(1000, 'tierDescriptionTooLong').default(''),
  amount: fenField('required', 'amountInvalid'),
  quantity: z
    .union([text(), z.number(), z.null()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === null || v === '') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100000) {
        ctx.addIssue({ code: 'custom', message: 'quantityInvalid' });
        return z.NEVER;
      }
      return n;
    }),
  deliveryMonth: text()
    .trim()
    .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, 'monthInvalid')
    .optional()
    .transform((v) => v || null),
  /** A physical reward: backers give a shipping address at checkout. */
  shipsPhysical: z
    .union([z.boolean(), text()])
    .optional()
    .transform((v) => v === true || v === 'on' || v === '1' || v === 'true'),
});

const faqSchema = z.object({
  q: text().trim().min(1, 'required').max(200, 'faqTooLong'),
  a: text().trim().min(1, 'required').max(2000, 'faqTooLong'),
});

/**
 * Forms send flat fields (`tier0Title`, `faq1Q` ...); the API sends arrays. Rows left blank in
 * the form are dropped.
 */
function collectRows(raw: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...raw };
  if (!Array.isArray(raw.tiers)) {
    const tiers = [];
    for (let i = 0; i < MAX_TIERS; i++) {
      const row = {
        title: raw[`tier${i}Title`] ?? '',
        description: raw[`tier${i}Description`] ?? '',
        amount: raw[`tier${i}Amount`] ?? '',
        quantity: raw[`tier${i}Quantity`] ?? '',
        deliveryMonth: raw[`tier${i}Month`] ?? '',
      };
      // A ticked "ships" box alone does not make a tier: the row is blank without the rest.
      if (Object.values(row).some((v) => String(v).trim() !== '')) tiers.push({ ...row, shipsPhysical: raw[`tier${i}Ships`] ?? '' });
    }
    out.tiers = tiers;
  }
  if (!Array.isArray(raw.faq)) {
    const faq = [];
    for (let i = 0; i < MAX_FAQ; i++) {
      const row = { q: raw[`faq${i}Q`] ?? '', a: raw[`faq${i}A`] ?? '' };
      if (String(row.q).trim() || String(row.a).trim()) faq.push(row);
    }
    out.faq = faq;
  }
  return out;
}

/** A campaign, its start read on `timeZone`: the platform's zone (findDefaultTimeZone), the one its pages show it in. */
export const campaignSchemaIn = (timeZone: string) =>
  z.preprocess(
    (v) => (v && typeof v === 'object' ? collectRows(v as Record<string, unknown>) : v),
    z.object({
      projectId: text({ error: 'required' }).min(1, 'required').max(64),
      title: text({ error: 'required' }).trim().min(1, 'required').max(80, 'campaignTitleTooLong'),
      story: text().trim().max(20000, 'storyTooLong').default(''),
      risks: text().trim().max(5000, 'risksTooLong').default(''),
      goal: fenField('required', 'amountInvalid'),
      minPledge: fenField('required', 'amountInvalid').default(100),
      durationDays: z.coerce.number({ error: 'campaignDurationInvalid' }).int('campaignDurationInvalid').min(1, 'campaignDurationInvalid').max(MAX_DURATION_DAYS, 'campaignDurationInvalid'),
      /** A datetime-local value or ISO string; empty means "when approved". */
      startsAt: text()
        .optional()
        .transform((v, ctx) => {
          if (!v) return null;
          if (isYearBeyondRange(v)) {
            ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
            return z.NEVER;
          }
          // A datetime-local value has no zone: it is wall time in `timeZone`; a date alone starts
          // at 00:00 there.
          const d = parseFormInstant(v, timeZone, START_OF_DAY);
          if (!d) {
            ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
            return z.NEVER;
          }
          if (!isDateInRange(d)) {
            ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
            return z.NEVER;
          }
          return d;
        }),
      tiers: z.array(tierSchema).max(MAX_TIERS, 'tooManyTiers'),
      faq: z.array(faqSchema).max(MAX_FAQ, 'tooManyFaq'),
    }),
  );
/** The form's shape, for the browser's check before sending; the server reads it with campaignSchemaIn. */
export const campaignSchema = campaignSchemaIn(DEFAULT_TIME_ZONE);
export type CampaignInput = z.output<typeof campaignSchema>;

export const campaignIdSchema = z.object({ campaignId: text().min(1, 'required').max(64) });

export const campaignDecisionSchema = z
  .object({
    campaignId: text().min(1, 'required').max(64),
    decision: z.enum(['APPROVE', 'SEND_BACK'], { error: 'decisionInvalid' }),
    reason: text().trim().max(1000, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

/**
 * An idempotency key is stored with a prefix and the backer's id in a 120-character column, so
 * 64 characters is the most a client may send (a UUID is 36).
 */
export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 64;
export const idempotencyKeySchema = text().trim().min(IDEMPOTENCY_KEY_MIN).max(IDEMPOTENCY_KEY_MAX);

export const pledgeSchema = z.object({
  campaignId: text().min(1, 'required').max(64),
  tierId: text()
    .max(64)
    .optional()
    .transform((v) => v || null),
  amount: fenField('required', 'amountInvalid'),
  idempotencyKey: text().min(8, 'required').max(IDEMPOTENCY_KEY_MAX),
});
export type PledgeInput = z.output<typeof pledgeSchema>;

export const pledgeIdSchema = z.object({ pledgeId: text().min(1).max(64) });

export const CAMPAIGN_SORTS = ['trending', 'funded', 'newest', 'ending'] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];

export const campaignSearchSchema = z.object({
  q: textParam(60),
  sector: enumParam(PROJECT_SECTORS),
  stage: enumParam(PROJECT_STAGES),
  /** Minimum funded percent. */
  funded: intParam(0, 1000),
  endingSoon: flagParam(['1', 'true']).transform((v) => Boolean(v)),
  sort: enumParam(CAMPAIGN_SORTS).transform((v) => v ?? 'trending'),
  cursor: cursorParam(200),
  limit: limitParam(12),
});
export type CampaignSearch = z.output<typeof campaignSearchSchema>;

export const commentSchema = z.object({
  campaignId: text().min(1).max(64),
  body: text({ error: 'required' }).trim().min(1, 'required').max(2000, 'commentTooLong'),
});
export const answerSchema = z.object({
  commentId: text().min(1).max(64),
  answer: text({ error: 'required' }).trim().min(1, 'required').max(2000, 'commentTooLong'),
});
export const updateSchema = z.object({
  campaignId: text().min(1).max(64),
  title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'updateTitleTooLong'),
  body: text({ error: 'required' }).trim().min(1, 'required').max(5000, 'updateBodyTooLong'),
});

export const campaignBulkDecisionSchema = z
  .object({
    campaignIds: z.array(text().min(1, 'required').max(64)).min(1, 'selectionEmpty').max(100, 'selectionTooLarge'),
    decision: z.enum(['APPROVE', 'SEND_BACK'], { error: 'decisionInvalid' }),
    reason: text().trim().max(1000, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

/** A phone number as people type it: digits, an optional +, spaces and dashes. */
export const PHONE = /^\+?[0-9][0-9 -]{5,28}$/;

/**
 * Checkout: the pledge plus how it is paid and, for a physical reward, where it goes. `ships`
 * is the page's hint that the picked tier ships (for messages in the browser); the service
 * decides from the tier itself and never trusts it.
 */
export const checkoutSchema = pledgeSchema
  .extend({
    paymentMethod: z.enum(PAYMENT_METHODS, { error: 'paymentMethodRequired' }),
    ships: text().optional(),
    shipName: text().trim().max(60, 'shipNameTooLong').optional().default(''),
    shipPhone: text().trim().max(30, 'phoneInvalid').optional().default(''),
    shipAddress: text().trim().max(300, 'addressTooLong').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.ships !== '1') return;
    if (!v.shipName) ctx.addIssue({ code: 'custom', path: ['shipName'], message: 'required' });
    if (!v.shipPhone) ctx.addIssue({ code: 'custom', path: ['shipPhone'], message: 'required' });
    else if (!PHONE.test(v.shipPhone)) ctx.addIssue({ code: 'custom', path: ['shipPhone'], message: 'phoneInvalid' });
    if (!v.shipAddress) ctx.addIssue({ code: 'custom', path: ['shipAddress'], message: 'required' });
  });
export type CheckoutInput = z.output<typeof checkoutSchema>;

/** Where a physical reward goes, as the API sends it (the checkout form's three fields). */
export const apiShippingSchema = z
  .object({
    name: text({ error: 'required' }).trim().min(1, 'required').max(60, 'shipNameTooLong').describe('Recipient'),
    phone: text({ error: 'required' }).trim().min(1, 'required').max(30, 'phoneInvalid').regex(PHONE, 'phoneInvalid').describe('Recipient phone: digits, an optional +, spaces and dashes'),
    address: text({ error: 'required' }).trim().min(1, 'required').max(300, 'addressTooLong').describe('Full postal address'),
  })
  .describe('Required when the tier ships a physical reward (else 422 SHIPPING_ADDRESS_REQUIRED); ignored otherwise.');

/**
 * The API body: amounts in integer fen, the key in the Idempotency-Key header, the payment
 * method and (for a tier that ships) the shipping address, as the web checkout takes them.
 */
export const apiPledgeSchema = z.object({
  amountFen: z.number({ error: 'amountInvalid' }).int('amountInvalid').positive('amountInvalid').max(MAX_AMOUNT_FEN, 'amountTooHigh'),
  tierId: text().max(64).nullish(),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: 'paymentMethodRequired' }).default('CARD').describe('How the pledge is paid (sandbox: all three); default CARD.'),
  shipping: apiShippingSchema.nullish(),
});
