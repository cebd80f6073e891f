import { z } from 'zod';
import { parseYuanToFen } from '@/lib/money';

export const introductionSchema = z.object({
  projectId: z.string().min(1, 'required').max(64),
  ticket: z.string({ error: 'required' }).transform((v, ctx) => {
    const fen = parseYuanToFen(v);
    if (fen === null || fen <= 0) {
      ctx.addIssue({ code: 'custom', message: 'amountInvalid' });
      return z.NEVER;
    }
    return fen;
  }),
  message: z.string().trim().max(1000, 'messageTooLong').default(''),
});

export const introductionResponseSchema = z.object({
  requestId: z.string().min(1).max(64),
  accept: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});
