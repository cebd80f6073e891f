import 'server-only';
import type { Permission } from '@/lib/auth/permissions';
import { localDateTimeText, zoneOf } from '@/lib/time';
import { auditWhere, findAuditBatch, type AuditRow } from '@/lib/audit/queries';
import { findMemberBatch, memberWhere, type StaffMemberRow } from '@/lib/staff-members/queries';
import {
  applicationBatches,
  bookingBatches,
  campaignBatches,
  eventBatches,
  payoutBatches,
  pledgeBatches,
  projectBatches,
  registrationBatches,
  taskBatches,
  type BatchFetch,
} from './queries';
import type { ExportFilter, ExportTable } from './schemas';
import type { Cell } from './writers';

/** Looks up a full message key ("exports.columns.name", "bookings.status.PENDING") in the export's language. */
export type Translate = (key: string) => string;
export type ExportContext = { t: Translate; tz: string };

export type Column<R> = {
  key: string;
  money?: boolean;
  width?: number;
  // Method syntax on purpose: the registry below holds every table's columns under one row type.
  value(row: R, ctx: ExportContext): Cell;
};

/** One exportable table: who may export it, its columns, and its batched read for a filter. */
export type ExportDefinition<T extends ExportTable, R extends { id: string }> = {
  permission: Permission;
  columns: Column<R>[];
  batches(filter: ExportFilter<T>): Promise<BatchFetch<R>>;
};

type Row<F extends (...a: never[]) => Promise<BatchFetch<unknown>>> = Awaited<ReturnType<Awaited<ReturnType<F>>>>[number];

const when = (d: Date | null | undefined, tz: string) => (d ? localDateTimeText(d, tz) : null);
const label = (ns: string) => (v: string, ctx: ExportContext) => ctx.t(`${ns}.${v}`);
const money = (fen: number | bigint) => ({ fen });

const members: ExportDefinition<'members', StaffMemberRow> = {
  permission: 'space:operate',
  batches: async (f) => {
    const where = memberWhere(f);
    return (afterId, take) => findMemberBatch(where, afterId, take);
  },
  columns: [
    { key: 'name', value: (r) => r.name },
    { key: 'email', width: 30, value: (r) => r.email },
    { key: 'organization', value: (r) => r.organization },
    { key: 'roles', width: 24, value: (r, c) => r.roles.map((role) => c.t(`roles.${role}`)).join(' / ') },
    { key: 'memberStatus', value: (r, c) => c.t(`staffMembers.status.${r.status}`) },
    { key: 'joinedAt', value: (r, c) => when(r.createdAt, c.tz) },
  ],
};

const bookings: ExportDefinition<'bookings', Row<typeof bookingBatches>> = {
  permission: 'space:operate',
  batches: bookingBatches,
  columns: [
    { key: 'resource', value: (r) => r.resource.name },
    { key: 'member', value: (r) => r.user.name },
    { key: 'email', width: 30, value: (r) => r.user.email },
    { key: 'startsAt', value: (r) => when(r.startsAt, r.resource.space.timeZone) },
    { key: 'endsAt', value: (r) => when(r.endsAt, r.resource.space.timeZone) },
    { key: 'status', value: (r, c) => label('bookings.status')(r.status, c) },
    { key: 'project', value: (r) => r.project?.name ?? null },
    { key: 'note', width: 30, value: (r) => r.note },
    { key: 'createdAt', value: (r) => when(r.createdAt, r.resource.space.timeZone) },
  ],
};

const projects: ExportDefinition<'projects', Row<typeof projectBatches>> = {
  permission: 'space:operate',
  batches: projectBatches,
  columns: [
    { key: 'project', value: (r) => r.name },
    { key: 'stage', value: (r, c) => label('projects.stage')(r.stage, c) },
    { key: 'incubation', value: (r, c) => c.t(`exports.incubation.${r.incubation}`) },
    { key: 'owner', value: (r) => r.members[0]?.user.name ?? null },
    { key: 'email', width: 30, value: (r) => r.members[0]?.user.email ?? null },
    { key: 'organization', value: (r) => r.organization },
    { key: 'sectors', value: (r, c) => r.sectors.map((s) => label('projects.sector')(s, c)).join(' / ') },
    { key: 'createdAt', value: (r, c) => when(r.createdAt, c.tz) },
  ],
};

const applications: ExportDefinition<'applications', Row<typeof applicationBatches>> = {
  permission: 'space:operate',
  batches: applicationBatches,
  columns: [
    { key: 'round', value: (r) => r.round.name },
    { key: 'project', value: (r) => r.project.name },
    { key: 'applicant', value: (r) => r.submittedBy?.name ?? null },
    { key: 'status', value: (r, c) => label('admissions.status')(r.status, c) },
    { key: 'scoreCount', value: (r) => r.scores.length },
    { key: 'scoreAverage', value: (r) => (r.scores.length ? Math.round((r.scores.reduce((s, x) => s + x.score, 0) / r.scores.length) * 10) / 10 : null) },
    { key: 'submittedAt', value: (r, c) => when(r.submittedAt, c.tz) },
    { key: 'decidedAt', value: (r, c) => when(r.decidedAt, c.tz) },
  ],
};

const campaigns: ExportDefinition<'campaigns', Row<typeof campaignBatches>> = {
  permission: 'space:operate',
  batches: campaignBatches,
  columns: [
    { key: 'campaign', width: 30, value: (r) => r.title },
    { key: 'project', value: (r) => r.project.name },
    { key: 'status', value: (r, c) => label('campaigns.status')(r.status, c) },
    { key: 'goal', money: true, value: (r) => money(r.goalFen) },
    { key: 'raised', money: true, value: (r) => money(r.raisedFen) },
    { key: 'backers', value: (r) => r.backerCount },
    { key: 'startsAt', value: (r, c) => when(r.startsAt, c.tz) },
    { key: 'endsAt', value: (r, c) => when(r.endsAt, c.tz) },
  ],
};

const pledges: ExportDefinition<'pledges', Row<typeof pledgeBatches>> = {
  permission: 'space:operate',
  batches: pledgeBatches,
  columns: [
    { key: 'campaign', width: 30, value: (r) => r.campaign.title },
    { key: 'backer', value: (r) => r.backer.name },
    { key: 'email', width: 30, value: (r) => r.backer.email },
    { key: 'tier', value: (r) => r.tier?.title ?? null },
    { key: 'amount', money: true, value: (r) => money(r.amountFen) },
    { key: 'status', value: (r, c) => label('pledges.status')(r.status, c) },
    { key: 'createdAt', value: (r, c) => when(r.createdAt, c.tz) },
  ],
};

const tasks: ExportDefinition<'tasks', Row<typeof taskBatches>> = {
  permission: 'space:operate',
  batches: taskBatches,
  columns: [
    { key: 'task', width: 30, value: (r) => r.title },
    { key: 'category', value: (r, c) => label('tasks.category')(r.category, c) },
    { key: 'status', value: (r, c) => label('tasks.status')(r.status, c) },
    { key: 'bounty', money: true, value: (r) => money(r.bountyFen) },
    { key: 'points', value: (r) => r.rewardPoints },
    { key: 'slots', value: (r) => `${r.filledSlots}/${r.slots}` },
    { key: 'deadline', value: (r, c) => when(r.deadline, c.tz) },
    { key: 'postedBy', value: (r) => r.partnerName || r.postedBy.name },
    { key: 'createdAt', value: (r, c) => when(r.createdAt, c.tz) },
  ],
};

const payouts: ExportDefinition<'payouts', Row<typeof payoutBatches>> = {
  permission: 'payout:manage',
  batches: payoutBatches,
  columns: [
    { key: 'task', width: 30, value: (r) => r.assignment.task.title },
    { key: 'member', value: (r) => r.user.name },
    { key: 'email', width: 30, value: (r) => r.user.email },
    { key: 'amount', money: true, value: (r) => money(r.amountFen) },
    { key: 'status', value: (r, c) => c.t(`exports.payoutStatus.${r.status}`) },
    { key: 'createdAt', value: (r, c) => when(r.createdAt, c.tz) },
    { key: 'paidAt', value: (r, c) => when(r.paidAt, c.tz) },
    { key: 'paidBy', value: (r) => r.paidBy?.name ?? null },
  ],
};

const events: ExportDefinition<'events', Row<typeof eventBatches>> = {
  permission: 'event:manage',
  batches: eventBatches,
  columns: [
    { key: 'event', width: 30, value: (r) => r.title },
    { key: 'kind', value: (r, c) => label('events.kind')(r.kind, c) },
    { key: 'status', value: (r, c) => label('events.status')(r.status, c) },
    { key: 'startsAt', value: (r) => when(r.startsAt, zoneOf(r.space)) },
    { key: 'endsAt', value: (r) => when(r.endsAt, zoneOf(r.space)) },
    { key: 'place', value: (r, c) => (r.format === 'ONLINE' ? c.t('events.online') : (r.space?.name ?? r.location)) },
    { key: 'capacity', value: (r) => r.capacity },
    { key: 'seatsTaken', value: (r) => r.seatsTaken },
    { key: 'attended', value: (r) => r._count.registrations },
  ],
};

const registrations: ExportDefinition<'registrations', Row<typeof registrationBatches>> = {
  permission: 'event:manage',
  batches: registrationBatches,
  columns: [
    { key: 'event', width: 30, value: (r) => r.event.title },
    { key: 'member', value: (r) => r.user.name },
    { key: 'email', width: 30, value: (r) => r.user.email },
    { key: 'status', value: (r, c) => label('events.registrationStatus')(r.status, c) },
    { key: 'registeredAt', value: (r) => when(r.createdAt, zoneOf(r.event.space)) },
    { key: 'attendedAt', value: (r) => when(r.attendedAt, zoneOf(r.event.space)) },
    { key: 'cancelledAt', value: (r) => when(r.cancelledAt, zoneOf(r.event.space)) },
  ],
};

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const audit: ExportDefinition<'audit', AuditRow> = {
  permission: 'audit:list',
  batches: async (f) => {
    const where = await auditWhere(f);
    return (afterId, take) => findAuditBatch(where, afterId, take);
  },
  columns: [
    { key: 'when', value: (r, c) => when(r.createdAt, c.tz) },
    { key: 'actor', value: (r) => r.actor?.name ?? null },
    { key: 'email', width: 30, value: (r) => r.actor?.email ?? null },
    { key: 'action', width: 24, value: (r) => r.action },
    { key: 'objectType', value: (r) => r.entityType },
    { key: 'objectId', width: 28, value: (r) => r.entityId },
    { key: 'before', width: 40, value: (r) => json(r.before) },
    { key: 'after', width: 40, value: (r) => json(r.after) },
  ],
};

export const EXPORT_DEFINITIONS = { members, bookings, projects, applications, campaigns, pledges, tasks, payouts, events, registrations, audit } satisfies {
  [T in ExportTable]: ExportDefinition<T, { id: string }>;
};
