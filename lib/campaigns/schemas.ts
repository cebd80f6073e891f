import { z } from 'zod';
import { isLocalDateTime, parseLocalDateTime } from '@/lib/time';
import { PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';
import { MAX_DURATION_DAYS } from './policy';
import { MAX_FEN, parseYuanToFen } from '@/lib/money';

export const MAX_TIERS = 6;
export const MAX_FAQ = 5;
/** Sandbox gateway: an amount whose last two digits are 13 fen (e.g. ¥100.13) is declined. */
export const SANDBOX_DECLINE_FEN = 13;

/** A yuan amount typed in a form (lib/money.ts), or integer fen from the API, as integer fen. */
function fenField(required: string, invalidKey: string) {
  return z.union([z.string(), z.number()], { error: required }).transform((v, ctx) => {
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && v > 0 && v <= MAX_FEN) return v;
      ctx.addIssue({ code: 'custom', message: invalidKey });
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
    return fen;
  });
}

const tierSchema = z.object({
  title: z.string().trim().min(1, 'required').max(80, 'tierTitleTooLong'),
  description: z.string().trim().max(1000, 'tierDescriptionTooLong').default(''),
  amount: fenField('required', 'amountInvalid'),
  quantity: z
    .union([z.string(), z.number(), z.null()])
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
  deliveryMonth: z
    .string()
    .trim()
    .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, 'monthInvalid')
    .optional()
    .transform((v) => v || null),
});

const faqSchema = z.object({
  q: z.string().trim().min(1, 'required').max(200, 'faqTooLong'),
  a: z.string().trim().min(1, 'required').max(2000, 'faqTooLong'),
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
    projectId: z.string({ error: 'required' }).min(1, 'required').max(64),
    title: z.string({ error: 'required' }).trim().min(1, 'required').max(80, 'campaignTitleTooLong'),
    story: z.string().trim().max(20000, 'storyTooLong').default(''),
    goal: fenField('required', 'amountInvalid'),
    minPledge: fenField('required', 'amountInvalid').default(100),
    durationDays: z.coerce.number({ error: 'campaignDurationInvalid' }).int('campaignDurationInvalid').min(1, 'campaignDurationInvalid').max(MAX_DURATION_DAYS, 'campaignDurationInvalid'),
    /** A datetime-local value or ISO string; empty means "when approved". */
    startsAt: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        // A datetime-local value has no zone: it is wall time in the space's zone.
        const d = isLocalDateTime(v) ? (parseLocalDateTime(v) ?? new Date(NaN)) : new Date(v);
        if (Number.isNaN(d.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
          return z.NEVER;
        }
        return d;
      }),
    tiers: z.array(tierSchema).max(MAX_TIERS, 'tooManyTiers'),
    faq: z.array(faqSchema).max(MAX_FAQ, 'tooManyFaq'),
  }),
);
export type CampaignInput = z.output<typeof campaignSchema>;

export const campaignIdSchema = z.object({ campaignId: z.string().min(1, 'required').max(64) });

export const campaignDecisionSchema = z
  .object({
    campaignId: z.string().min(1, 'required').max(64),
    decision: z.enum(['APPROVE', 'SEND_BACK'], { error: 'decisionInvalid' }),
    reason: z.string().trim().max(1000, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

export const pledgeSchema = z.object({
  campaignId: z.string().min(1, 'required').max(64),
  tierId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || null),
  amount: fenField('required', 'amountInvalid'),
  idempotencyKey: z.string().min(8, 'required').max(100),
});
export type PledgeInput = z.output<typeof pledgeSchema>;

/** The API body: amounts in integer fen, the key in the Idempotency-Key header. */
export const apiPledgeSchema = z.object({
  amountFen: z.number({ error: 'amountInvalid' }).int('amountInvalid').positive('amountInvalid'),
  tierId: z.string().max(64).nullish(),
});

export const pledgeIdSchema = z.object({ pledgeId: z.string().min(1).max(64) });

export const CAMPAIGN_SORTS = ['trending', 'funded', 'newest', 'ending'] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];

export const campaignSearchSchema = z.object({
  q: z.string().trim().max(60).optional(),
  sector: z.enum(PROJECT_SECTORS).optional().catch(undefined),
  stage: z.enum(PROJECT_STAGES).optional().catch(undefined),
  /** Minimum funded percent. */
  funded: z.coerce.number().int().min(0).max(1000).optional().catch(undefined),
  endingSoon: z
    .enum(['1', 'true'])
    .optional()
    .catch(undefined)
    .transform((v) => Boolean(v)),
  sort: z.enum(CAMPAIGN_SORTS).default('trending').catch('trending'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(12).catch(12),
});
export type CampaignSearch = z.output<typeof campaignSearchSchema>;

export const commentSchema = z.object({
  campaignId: z.string().min(1).max(64),
  body: z.string({ error: 'required' }).trim().min(1, 'required').max(2000, 'commentTooLong'),
});
export const answerSchema = z.object({
  commentId: z.string().min(1).max(64),
  answer: z.string({ error: 'required' }).trim().min(1, 'required').max(2000, 'commentTooLong'),
});
export const commentIdSchema = z.object({ commentId: z.string().min(1).max(64) });
export const updateSchema = z.object({
  campaignId: z.string().min(1).max(64),
  title: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'updateTitleTooLong'),
  body: z.string({ error: 'required' }).trim().min(1, 'required').max(5000, 'updateBodyTooLong'),
});
