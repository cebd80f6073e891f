import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { zonedInstant } from '@/lib/time';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import type { AuditSearch } from './schemas';
import { containsText, emailContains } from '@/lib/search';

export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
};

const SELECT = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** The filter of the audit page and its export: actor by name or e-mail, object type, action, local dates (inclusive). */
export async function auditWhere(filter: Pick<AuditSearch, 'actor' | 'type' | 'action' | 'object' | 'from' | 'to'>): Promise<Prisma.AuditLogWhereInput> {
  const tz = filter.from || filter.to ? await findDefaultTimeZone() : null;
  const createdAt: Prisma.DateTimeFilter = {};
  if (tz && filter.from) createdAt.gte = zonedInstant(filter.from, '00:00', tz);
  if (tz && filter.to) createdAt.lt = zonedInstant(filter.to, '24:00', tz);
  const actor = filter.actor?.trim();
  return {
    ...(filter.type ? { entityType: filter.type } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.object ? { entityId: filter.object } : {}),
    ...(actor ? { actor: { OR: [{ name: containsText(actor) }, { email: emailContains(actor) }] } } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/**
 * One page of the audit log, newest first, cursor-paginated by (createdAt, id). Admins only:
 * the before/after values of every decision are not for every operator.
 */
export async function listAuditEntries(actor: Actor, search: AuditSearch): Promise<{ items: AuditRow[]; nextCursor: string | null }> {
  assertCan(actor, 'audit:list');
  const rows = await findAuditBatch(await auditWhere(search), search.cursor ?? null, search.limit + 1);
  const items = rows.slice(0, search.limit);
  return { items, nextCursor: rows.length > search.limit ? items[items.length - 1].id : null };
}

/** A keyset batch after the entry `afterId` (the page and the export read the log the same way). */
export async function findAuditBatch(where: Prisma.AuditLogWhereInput, afterId: string | null, take: number): Promise<AuditRow[]> {
  return db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
    select: SELECT,
  });
}

/** The object types that have entries, for the filter's choices. */
export async function listAuditEntityTypes(actor: Actor): Promise<string[]> {
  assertCan(actor, 'audit:list');
  const rows = await db.auditLog.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } });
  return rows.map((r) => r.entityType);
}
