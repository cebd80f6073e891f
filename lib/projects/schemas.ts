import { z } from 'zod';
import { cursorParam, enumParam, isYearInRange, limitParam, text, textParam } from '@/lib/validation';
import { emailSchema } from '@/lib/users/schemas';
import { PROJECT_NEEDS, PROJECT_SECTORS, PROJECT_STAGES, PROJECT_VISIBILITIES } from './policy';

/** A form sends one value or several (checkboxes); the API sends an array. */
function many<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), item])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as z.infer<T>[]);
}

const linksSchema = z
  .union([text(), z.array(text())])
  .default('')
  .transform((v) => (Array.isArray(v) ? v : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'linkInvalid' }).max(300, 'linkInvalid')).max(5, 'tooManyLinks'));

export const projectSchema = z.object({
  name: text({ error: 'required' }).trim().min(1, 'required').max(80, 'projectNameTooLong'),
  pitch: text({ error: 'required' }).trim().min(1, 'required').max(140, 'pitchTooLong'),
  description: text().trim().max(20000, 'descriptionTooLong').default(''),
  sectors: many(z.enum(PROJECT_SECTORS, { error: 'sectorInvalid' })),
  stage: z.enum(PROJECT_STAGES, { error: 'stageInvalid' }).default('IDEA'),
  organization: text().trim().max(100, 'organizationTooLong').default(''),
  location: text().trim().max(100, 'locationTooLong').default(''),
  links: linksSchema,
  needs: many(z.enum(PROJECT_NEEDS, { error: 'needInvalid' })),
  visibility: z.enum(PROJECT_VISIBILITIES, { error: 'visibilityInvalid' }).default('PUBLIC'),
});
export type ProjectInput = z.infer<typeof projectSchema>;

export const PROJECT_SORTS = ['active', 'newest', 'featured'] as const;

export const projectSearchSchema = z.object({
  q: textParam(60),
  sector: enumParam(PROJECT_SECTORS),
  stage: enumParam(PROJECT_STAGES),
  need: enumParam(PROJECT_NEEDS),
  /** most active (default), newest, featured (incubated and graduated first). */
  sort: enumParam(PROJECT_SORTS),
  cursor: cursorParam(64),
  limit: limitParam(12),
});
export type ProjectSearch = z.infer<typeof projectSearchSchema>;

export const projectIdSchema = z.object({ projectId: text().min(1, 'required').max(64) });

export const inviteSchema = z.object({ projectId: text().min(1).max(64), email: emailSchema });

export const invitationResponseSchema = z.object({
  invitationId: text().min(1).max(64),
  accept: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});

export const transferSchema = z.object({ projectId: text().min(1).max(64), userId: text().min(1, 'required').max(64) });

export const milestoneSchema = z.object({
  projectId: text().min(1).max(64),
  title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'milestoneTitleTooLong'),
  dueOn: z.iso.date({ error: 'dateInvalid' }).refine(isYearInRange, 'dateOutOfRange'),
});

export const milestoneIdSchema = z.object({ milestoneId: text().min(1).max(64) });
