import { z } from 'zod';
import { formInstant, text } from '@/lib/validation';
import { DEFAULT_TIME_ZONE, END_OF_DAY, START_OF_DAY } from '@/lib/time';
import { DECISIONS } from './policy';

const lines = (max: number, maxItems: number, itemError: string, countError: string) =>
  z
    .union([text(), z.array(text())])
    .default('')
    .transform((v) => (Array.isArray(v) ? v : v.split('\n')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(text().max(max, itemError)).max(maxItems, countError));

/** A round, its days and times read on `timeZone`: the platform's zone (findDefaultTimeZone), the one its pages show them in. */
export const roundSchemaIn = (timeZone: string) =>
  z
    .object({
      name: text({ error: 'required' }).trim().min(1, 'required').max(80, 'roundNameTooLong'),
      description: text().trim().max(4000, 'descriptionTooLong').default(''),
      /** A date alone opens at 00:00 and closes at 23:59 on that clock (lib/time.ts), not at midnight UTC. */
      opensAt: formInstant(START_OF_DAY, timeZone),
      closesAt: formInstant(END_OF_DAY, timeZone),
      criteria: lines(80, 10, 'criterionTooLong', 'tooManyCriteria').pipe(z.array(text()).min(1, 'criteriaRequired')),
      questions: lines(300, 10, 'questionTooLong', 'tooManyQuestions'),
      /** Places in the programme; empty = no limit. */
      quota: z.union([z.literal('').transform(() => undefined), z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(1, 'quotaInvalid').max(1000, 'quotaInvalid')]).optional(),
    })
    .refine((v) => v.closesAt > v.opensAt, { message: 'closesBeforeOpens', path: ['closesAt'] });
/** The form's shape, for the browser's check before sending; the server reads it with roundSchemaIn. */
export const roundSchema = roundSchemaIn(DEFAULT_TIME_ZONE);
export type RoundInput = z.infer<typeof roundSchema>;

export const applicationSchema = z.object({
  roundId: text().min(1, 'required').max(64),
  projectId: text().min(1, 'required').max(64),
  answers: z.array(text().trim().max(3000, 'answerTooLong')).max(10).default([]),
  submit: z.boolean().default(true),
});
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const applicationIdSchema = z.object({ applicationId: text().min(1).max(64) });

export const decisionSchema = z.object({
  applicationId: text().min(1).max(64),
  decision: z.enum(DECISIONS, { error: 'decisionInvalid' }),
  message: text().trim().min(1, 'required').max(2000, 'messageTooLong'),
});

export const scoreSchema = z.object({
  applicationId: text().min(1).max(64),
  criterionId: text().min(1).max(64),
  score: z.coerce.number({ error: 'scoreInvalid' }).int('scoreInvalid').min(1, 'scoreInvalid').max(5, 'scoreInvalid'),
});

export const commentSchema = z.object({
  applicationId: text().min(1).max(64),
  body: text({ error: 'required' }).trim().min(1, 'required').max(2000, 'commentTooLong'),
});

/** One reviewer's score sheet: `score_<criterionId>` fields, empty meaning "not scored". */
export const reviewScoresSchema = z.object({
  applicationId: text().min(1).max(64),
  scores: z.record(
    z.string().min(1).max(64),
    z.union([z.literal('').transform(() => null), z.coerce.number({ error: 'scoreInvalid' }).int('scoreInvalid').min(1, 'scoreInvalid').max(5, 'scoreInvalid')]),
  ),
});

export function reviewScoresInput(form: FormData) {
  const scores: Record<string, FormDataEntryValue> = {};
  for (const [k, v] of form.entries()) if (k.startsWith('score_')) scores[k.slice('score_'.length)] = v;
  return { applicationId: form.get('applicationId'), scores };
}
