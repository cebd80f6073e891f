import { z } from 'zod';
import { cursorParam, enumParam, flagParam, intParam, isDateInRange, limitParam, MAX_AMOUNT_FEN, text, textParam } from '@/lib/validation';
import { PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';
import { MAX_DURATION_DAYS } from './policy';
import { parseYuanToFen } from './money';

export const MAX_TIERS = 6;
export const MAX_FAQ = 5;
/** Sandbox gateway: an amount whose last two digits are 13 fen (e.g. ¥100.13) is declined. */
export const SANDBOX_DECLINE_FEN = 13;

/** A yuan amount typed in a form, or integer fen from the API, as integer fen. */
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
    const fen = parseYuanToFen(v);
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
      if (Object.values(row).some((v) => String(v).trim() !== '')) tiers.push(row);
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

export const campaignSchema = z.preprocess(
  (v) => (v && typeof v === 'object' ? collectRows(v as Record<string, unknown>) : v),
  z.object({
    projectId: text({ error: 'required' }).min(1, 'required').max(64),
    title: text({ error: 'required' }).trim().min(1, 'required').max(80, 'campaignTitleTooLong'),
    story: text().trim().max(20000, 'storyTooLong').default(''),
    goal: fenField('required', 'amountInvalid'),
    minPledge: fenField('required', 'amountInvalid').default(100),
    durationDays: z.coerce.number({ error: 'campaignDurationInvalid' }).int('campaignDurationInvalid').min(1, 'campaignDurationInvalid').max(MAX_DURATION_DAYS, 'campaignDurationInvalid'),
    /** A datetime-local value or ISO string; empty means "when approved". */
    startsAt: text()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        // A datetime-local value has no zone: it is wall time in the space's zone (UTC+8).
        const d = new Date(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v) ? `${v}+08:00` : v);
        if (Number.isNaN(d.getTime())) {
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

/** The API body: amounts in integer fen, the key in the Idempotency-Key header. */
export const apiPledgeSchema = z.object({
  amountFen: z.number({ error: 'amountInvalid' }).int('amountInvalid').positive('amountInvalid').max(MAX_AMOUNT_FEN, 'amountTooHigh'),
  tierId: text().max(64).nullish(),
});

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
export const commentIdSchema = z.object({ commentId: text().min(1).max(64) });
export const updateSchema = z.object({
  campaignId: text().min(1).max(64),
  title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'updateTitleTooLong'),
  body: text({ error: 'required' }).trim().min(1, 'required').max(5000, 'updateBodyTooLong'),
});
