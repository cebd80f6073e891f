import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { zonedInstant } from '@/lib/time';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import type { ExportFilter } from './schemas';
import { containsText, emailContains } from '@/lib/search';

/**
 * The batched reads behind the exports. Each returns a function that reads one keyset batch
 * (`take` rows after the row `afterId`, in a stable order ending in the id), so an export never
 * holds more than one batch of rows. Callers have checked the permission (lib/exports/open.ts).
 */
export type BatchFetch<R> = (afterId: string | null, take: number) => Promise<R[]>;

const person = { select: { name: true, email: true } } as const;

async function localRange(from: string | undefined, to: string | undefined): Promise<Prisma.DateTimeFilter | undefined> {
  if (!from && !to) return undefined;
  const tz = await findDefaultTimeZone();
  return { ...(from ? { gte: zonedInstant(from, '00:00', tz) } : {}), ...(to ? { lt: zonedInstant(to, '24:00', tz) } : {}) };
}

const BOOKING = {
  id: true, startsAt: true, endsAt: true, status: true, note: true, createdAt: true,
  user: person,
  project: { select: { name: true } },
  resource: { select: { name: true, space: { select: { timeZone: true } } } },
} as const satisfies Prisma.BookingSelect;
export type BookingExportRow = Prisma.BookingGetPayload<{ select: typeof BOOKING }>;

export async function bookingBatches(f: ExportFilter<'bookings'>): Promise<BatchFetch<BookingExportRow>> {
  const startsAt = await localRange(f.from, f.to);
  const where: Prisma.BookingWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.resourceId ? { resourceId: f.resourceId } : {}),
    ...(startsAt ? { startsAt } : {}),
    ...(f.q ? { user: { OR: [{ name: containsText(f.q) }, { email: emailContains(f.q) }] } } : {}),
  };
  return (afterId, take) => db.booking.findMany({ where, orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: BOOKING });
}

const PROJECT = {
  id: true, name: true, stage: true, incubation: true, organization: true, sectors: true, createdAt: true,
  members: { where: { role: 'OWNER' }, select: { user: person } },
} as const satisfies Prisma.ProjectSelect;
export type ProjectExportRow = Prisma.ProjectGetPayload<{ select: typeof PROJECT }>;

export async function projectBatches(f: ExportFilter<'projects'>): Promise<BatchFetch<ProjectExportRow>> {
  // Hidden content (lib/moderation) is left out of every export, like every public read.
  const where: Prisma.ProjectWhereInput = {
    hiddenAt: null,
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.incubation ? { incubation: f.incubation } : {}),
    ...(f.q ? { OR: [{ name: containsText(f.q) }, { pitch: containsText(f.q) }] } : {}),
  };
  return (afterId, take) => db.project.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: PROJECT });
}

const APPLICATION = {
  id: true, status: true, submittedAt: true, decidedAt: true, createdAt: true,
  round: { select: { name: true } },
  project: { select: { name: true } },
  submittedBy: person,
  scores: { select: { score: true } },
} as const satisfies Prisma.ApplicationSelect;
export type ApplicationExportRow = Prisma.ApplicationGetPayload<{ select: typeof APPLICATION }>;

export async function applicationBatches(f: ExportFilter<'applications'>): Promise<BatchFetch<ApplicationExportRow>> {
  const where: Prisma.ApplicationWhereInput = { ...(f.roundId ? { roundId: f.roundId } : {}), ...(f.status ? { status: f.status } : {}) };
  return (afterId, take) => db.application.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: APPLICATION });
}

const CAMPAIGN = {
  id: true, title: true, status: true, goalFen: true, raisedFen: true, backerCount: true, startsAt: true, endsAt: true, createdAt: true,
  project: { select: { name: true } },
} as const satisfies Prisma.CampaignSelect;
export type CampaignExportRow = Prisma.CampaignGetPayload<{ select: typeof CAMPAIGN }>;

export async function campaignBatches(f: ExportFilter<'campaigns'>): Promise<BatchFetch<CampaignExportRow>> {
  const where: Prisma.CampaignWhereInput = { hiddenAt: null, ...(f.status ? { status: f.status } : {}), ...(f.q ? { title: containsText(f.q) } : {}) };
  return (afterId, take) => db.campaign.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: CAMPAIGN });
}

const PLEDGE = {
  id: true, amountFen: true, status: true, createdAt: true,
  campaign: { select: { title: true } },
  backer: person,
  tier: { select: { title: true } },
} as const satisfies Prisma.PledgeSelect;
export type PledgeExportRow = Prisma.PledgeGetPayload<{ select: typeof PLEDGE }>;

export async function pledgeBatches(f: ExportFilter<'pledges'>): Promise<BatchFetch<PledgeExportRow>> {
  const where: Prisma.PledgeWhereInput = { ...(f.campaignId ? { campaignId: f.campaignId } : {}), ...(f.status ? { status: f.status } : {}) };
  return (afterId, take) => db.pledge.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: PLEDGE });
}

const TASK = {
  id: true, title: true, category: true, status: true, bountyFen: true, rewardPoints: true, slots: true, filledSlots: true, deadline: true, partnerName: true, createdAt: true,
  postedBy: person,
} as const satisfies Prisma.TaskSelect;
export type TaskExportRow = Prisma.TaskGetPayload<{ select: typeof TASK }>;

export async function taskBatches(f: ExportFilter<'tasks'>): Promise<BatchFetch<TaskExportRow>> {
  const where: Prisma.TaskWhereInput = {
    hiddenAt: null,
    ...(f.status ? { status: f.status } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.q ? { title: containsText(f.q) } : {}),
  };
  return (afterId, take) => db.task.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: TASK });
}

const PAYOUT = {
  id: true, amountFen: true, status: true, paidAt: true, createdAt: true,
  user: person,
  paidBy: { select: { name: true } },
  assignment: { select: { task: { select: { title: true } } } },
} as const satisfies Prisma.PayoutSelect;
export type PayoutExportRow = Prisma.PayoutGetPayload<{ select: typeof PAYOUT }>;

export async function payoutBatches(f: ExportFilter<'payouts'>): Promise<BatchFetch<PayoutExportRow>> {
  const where: Prisma.PayoutWhereInput = f.status ? { status: f.status } : {};
  return (afterId, take) => db.payout.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: PAYOUT });
}

const EVENT = {
  id: true, title: true, kind: true, format: true, status: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, location: true,
  space: { select: { name: true, timeZone: true } },
  _count: { select: { registrations: { where: { status: 'ATTENDED' } } } },
} as const satisfies Prisma.EventSelect;
export type EventExportRow = Prisma.EventGetPayload<{ select: typeof EVENT }>;

export async function eventBatches(f: ExportFilter<'events'>): Promise<BatchFetch<EventExportRow>> {
  const where: Prisma.EventWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.q ? { title: containsText(f.q) } : {}),
  };
  return (afterId, take) => db.event.findMany({ where, orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: EVENT });
}

const REGISTRATION = {
  id: true, status: true, createdAt: true, attendedAt: true, cancelledAt: true,
  user: person,
  event: { select: { title: true, space: { select: { timeZone: true } } } },
} as const satisfies Prisma.EventRegistrationSelect;
export type RegistrationExportRow = Prisma.EventRegistrationGetPayload<{ select: typeof REGISTRATION }>;

export async function registrationBatches(f: ExportFilter<'registrations'>): Promise<BatchFetch<RegistrationExportRow>> {
  const where: Prisma.EventRegistrationWhereInput = { ...(f.eventId ? { eventId: f.eventId } : {}), ...(f.status ? { status: f.status } : {}) };
  return (afterId, take) => db.eventRegistration.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}), select: REGISTRATION });
}
