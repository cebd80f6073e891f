import { z } from 'zod';

/**
 * The JSON shapes the v1 API answers with. Route handlers send their bodies through
 * `respond()` (lib/api/respond.ts), which type-checks them against these schemas, so the
 * published document and the real answers cannot drift apart.
 */

/** An instant in UTC, ISO 8601 (`2026-11-23T06:00:00.000Z`). */
const instant = z.iso.datetime();
/** An instant with the offset of a space's zone (`2026-11-23T14:00:00.000+08:00`). */
const localInstant = z.iso.datetime({ offset: true });
const id = z.string();
const cursor = z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.');
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: cursor });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Stable upper-snake code, e.g. SLOT_TAKEN.'),
    message: z.string().describe('In the language of Accept-Language (Chinese unless English is preferred).'),
    fields: z.record(z.string(), z.array(z.string())).optional().describe('Per-field messages of a VALIDATION_FAILED answer.'),
  }),
});

export const meResponseSchema = z.object({ id, email: z.email(), name: z.string(), locale: z.string(), roles: z.array(z.string()) });

export const roleRequestResponseSchema = z.object({ id, role: z.string(), status: z.literal('PENDING') });

const projectCard = {
  id,
  name: z.string(),
  pitch: z.string(),
  sectors: z.array(z.string()),
  stage: z.string(),
  organization: z.string(),
  location: z.string(),
  needs: z.array(z.string()),
  visibility: z.string(),
  incubation: z.string(),
  logoUrl: z.string().nullable(),
  members: z.int(),
  followers: z.int(),
  activityAt: instant,
};
export const projectCardSchema = z.object(projectCard);
export const projectPageSchema = page(projectCardSchema);
export const projectDetailSchema = z.object({
  ...projectCard,
  description: z.string(),
  links: z.array(z.string()),
  team: z.array(z.object({ id, name: z.string(), role: z.string() })),
  milestones: z.array(z.object({ id, title: z.string(), dueOn: z.iso.date(), done: z.boolean() })),
  mentors: z.array(z.object({ id, name: z.string() })),
});
export const applicationPageSchema = page(
  z.object({
    id,
    round: z.object({ id, name: z.string() }),
    status: z.string(),
    answers: z.array(z.string()),
    submittedAt: instant.nullable(),
    decisionMessage: z.string().nullable(),
    decidedAt: instant.nullable(),
  }),
);

const campaignCard = {
  id,
  title: z.string(),
  status: z.string(),
  currency: z.string().describe('Always CNY; amounts are integer fen (1 yuan = 100 fen).'),
  goalFen: z.int(),
  raisedFen: z.int(),
  backers: z.int(),
  startsAt: instant.nullable(),
  endsAt: instant.nullable(),
};
export const campaignCardSchema = z
  .object({ ...campaignCard, project: z.object({ id, name: z.string(), sectors: z.array(z.string()), stage: z.string() }) })
  ;
export const campaignPageSchema = page(campaignCardSchema);
export const campaignDetailSchema = z.object({
  ...campaignCard,
  story: z.string(),
  minPledgeFen: z.int(),
  project: z.object({ id, name: z.string(), pitch: z.string(), sectors: z.array(z.string()), stage: z.string() }),
  tiers: z.array(
    z.object({
      id,
      title: z.string(),
      description: z.string(),
      amountFen: z.int(),
      quantity: z.int().nullable(),
      remaining: z.int().nullable(),
      deliveryMonth: z.string().nullable(),
    }),
  ),
  faq: z.unknown().describe('Questions and answers, as the campaign owner wrote them.'),
});
export const pledgeResponseSchema = z.object({
  id,
  campaignId: id,
  tierId: id.nullable(),
  amountFen: z.int(),
  currency: z.literal('CNY'),
  status: z.string(),
  createdAt: instant,
});
export const pledgeCancelledSchema = z.object({ id, status: z.literal('CANCELLED') });

export const eventPageSchema = page(
  z
    .object({
      id,
      title: z.string(),
      summary: z.string(),
      kind: z.string(),
      format: z.string(),
      status: z.string(),
      location: z.string().nullable(),
      space: z.object({ id, name: z.string() }).nullable(),
      timeZone: z.string(),
      startsAt: localInstant,
      endsAt: localInstant,
      capacity: z.int().nullable(),
      seatsLeft: z.int().nullable(),
    })
    ,
);
/** WAITLISTED (with the place in the queue, 1 = next) only when the body asked `{ "waitlist": true }`. */
export const registrationResponseSchema = z.object({
  registration: z.object({ id, eventId: id, status: z.enum(['REGISTERED', 'WAITLISTED']), position: z.number().int().positive().optional() }),
});

export const taskPageSchema = page(
  z
    .object({
      id,
      title: z.string(),
      category: z.string(),
      skills: z.array(z.string()),
      rewardPoints: z.int(),
      bountyFen: z.int(),
      currency: z.literal('CNY'),
      slots: z.int(),
      filledSlots: z.int(),
      deadline: instant,
      location: z.string(),
      mode: z.string(),
      status: z.string(),
      project: z.object({ id, name: z.string() }).nullable(),
      partnerName: z.string().nullable(),
      createdAt: instant,
    })
    ,
);
export const taskApplicationResponseSchema = z.union([
  z.object({ application: z.object({ id, status: z.literal('PENDING') }) }),
  z.object({ assignment: z.object({ id, status: z.literal('ACTIVE') }) }),
]);
export const submissionResponseSchema = z.object({ submission: z.object({ id, status: z.literal('PENDING') }) });

export const resourceListSchema = z.object({
  items: z.array(
    z
      .object({
        id,
        kind: z.string(),
        name: z.string(),
        description: z.string(),
        zone: z.string(),
        capacity: z.int(),
        active: z.boolean(),
        slotMinutes: z.int(),
        minMinutes: z.int(),
        maxMinutes: z.int(),
        noticeMinutes: z.int(),
        horizonDays: z.int(),
        bufferMinutes: z.int(),
        requiresApproval: z.boolean(),
        weeklyQuotaHours: z.int().nullable(),
        requiredCertification: z.object({ id, name: z.string() }).nullable(),
        space: z.object({ id, name: z.string(), timeZone: z.string() }),
      })
      ,
  ),
});
export const availabilityResponseSchema = z.object({
  resourceId: id,
  timeZone: z.string(),
  slotMinutes: z.int(),
  free: z.array(z.object({ startsAt: instant, endsAt: instant, startsAtLocal: localInstant, endsAtLocal: localInstant })),
});
export const bookingPageSchema = page(
  z
    .object({
      id,
      status: z.string(),
      startsAt: instant,
      endsAt: instant,
      note: z.string(),
      cancelReason: z.string().nullable(),
      decisionReason: z.string().nullable(),
      checkedInAt: instant.nullable(),
      projectId: id.nullable(),
      userId: id,
      createdAt: instant,
      resource: z.object({ id, name: z.string(), kind: z.string(), zone: z.string(), space: z.object({ name: z.string(), timeZone: z.string() }) }),
    })
    ,
);
export const bookingCreatedSchema = z.object({ id, status: z.string(), startsAt: instant, endsAt: instant });
export const bookingCancelledSchema = z.object({ id, status: z.string() });

// ---- Participation ----------------------------------------------------------------------------

export const consultationJsonSchema = z.object({
  id,
  title: z.string(),
  description: z.string().describe('Markdown.'),
  standing: z.boolean().describe('The always-open suggestion box.'),
  audience: z.enum(['PUBLIC', 'MEMBERS']),
  categories: z.array(z.string()),
  opensAt: instant,
  closesAt: instant.nullable(),
  open: z.boolean(),
  answerDeadlineDays: z.int().describe('Working days within which each proposal gets its official answer.'),
  supportThreshold: z.int().nullable(),
  proposalCount: z.int(),
});
export const consultationPageSchema = page(consultationJsonSchema);

const proposalClockSchema = z
  .object({
    workingDaysWaited: z.int(),
    deadlineDays: z.int(),
    dueDate: z.iso.date().describe('The last working day of the deadline, in the space’s zone.'),
    state: z.enum(['ON_TIME', 'OVERDUE', 'VERY_OVERDUE']),
    answered: z.boolean().describe('The clock stopped at the first published answer.'),
  })
  .describe('The public clock: working days waited for an official answer.');

export const proposalCardSchema = z.object({
  id,
  title: z.string(),
  category: z.string(),
  status: z.enum(['NOT_ANSWERED', 'EVALUATING', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'WITHDRAWN']),
  supportCount: z.int(),
  commentCount: z.int(),
  author: z.object({ id, name: z.string() }),
  createdAt: instant,
  escalated: z.boolean(),
  clock: proposalClockSchema,
});
export const proposalPageSchema = page(proposalCardSchema);

export const proposalJsonSchema = proposalCardSchema.extend({
  consultationId: id,
  body: z.string().describe('Markdown.'),
  imageUrl: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  answers: z.array(
    z.object({ id, decision: z.string(), body: z.string(), reason: z.string().nullable(), publishedAt: instant, rating: z.enum(['SATISFIED', 'NEUTRAL', 'DISSATISFIED']).nullable() }),
  ),
  comments: z.array(z.object({ id, parentId: z.string().nullable(), body: z.string(), author: z.object({ id, name: z.string() }), createdAt: instant })),
  viewer: z.object({ supported: z.boolean(), following: z.boolean(), isAuthor: z.boolean() }).optional().describe('With a token: the caller’s own relation to the proposal.'),
});

export const proposalCreatedSchema = z.object({ proposal: z.object({ id, consultationId: id, status: z.literal('NOT_ANSWERED') }) });
export const supportResponseSchema = z.object({ proposalId: id, supported: z.boolean(), supportCount: z.int() });
