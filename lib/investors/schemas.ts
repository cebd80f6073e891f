import { z } from 'zod';
import { MAX_AMOUNT_FEN, text } from '@/lib/validation';
import { parseYuanToFen } from '@/lib/campaigns/money';

export const introductionSchema = z.object({
  projectId: text().min(1, 'required').max(64),
  ticket: text({ error: 'required' }).transform((v, ctx) => {
    const fen = parseYuanToFen(v);
    if (fen === null || fen <= 0) {
      ctx.addIssue({ code: 'custom', message: 'amountInvalid' });
      return z.NEVER;
    }
    if (fen > MAX_AMOUNT_FEN) {
      ctx.addIssue({ code: 'custom', message: 'amountTooHigh' });
      return z.NEVER;
    }
    return fen;
  }),
  message: text().trim().max(1000, 'messageTooLong').default(''),
});

export const introductionResponseSchema = z.object({
  requestId: text().min(1).max(64),
  accept: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});
