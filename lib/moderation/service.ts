import 'server-only';
import type { Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { CONTENT_ADAPTERS } from './content-types';
import { AUDIT_TYPES, DEFAULT_REPORT_THRESHOLD, hidesAutomatically } from './policy';
import type { ModerateInput, ReportInput } from './schemas';

/** The space's "hide after N reports" (the platform's first space holds the setting). */
export async function reportThreshold(tx: Tx): Promise<number> {
  const space = await tx.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { reportHideThreshold: true } });
  return space?.reportHideThreshold ?? DEFAULT_REPORT_THRESHOLD;
}

type ModerationRow = { reportCount: number; state: 'REPORTED' | 'PENDING_REVIEW' | 'HIDDEN' | 'RESTORED' };

/**
 * A member reports an item: once per member and item (a unique key), never their own. The
 * counter is raised in one upsert under the item's row lock, so the report that reaches the
 * threshold is exactly one, and that one hides the item and tells the operators.
 */
export async function reportContent(actor: Actor, input: ReportInput, now = new Date()): Promise<ActionResult<{ hidden: boolean }>> {
  const adapter = CONTENT_ADAPTERS[input.contentType];
  try {
    return await inTransaction<{ hidden: boolean }>(async (tx) => {
      const item = await adapter.find(tx, input.contentId, false);
      if (!item) throw new Rollback(fail('NOT_FOUND', 'contentNotFound'));
      if (item.authorId === actor.id) throw new Rollback(fail('OWN_CONTENT', 'ownContent'));
      await tx.contentReport.create({ data: { contentType: input.contentType, contentId: input.contentId, reporterId: actor.id, reason: input.reason } });
      const [row] = await tx.$queryRaw<ModerationRow[]>`
        INSERT INTO "ModeratedContent" ("contentType", "contentId", "authorId", "reportCount", "state", "createdAt", "updatedAt")
        VALUES (${input.contentType}, ${input.contentId}, ${item.authorId}, 1, 'REPORTED', ${now}, ${now})
        ON CONFLICT ("contentType", "contentId") DO UPDATE SET "reportCount" = "ModeratedContent"."reportCount" + 1, "updatedAt" = ${now}
        RETURNING "reportCount", "state"::text AS "state"`;
      const threshold = await reportThreshold(tx);
      if (!hidesAutomatically(row.state, row.reportCount, threshold)) return ok({ hidden: false });
      await tx.moderatedContent.update({ where: { contentType_contentId: { contentType: input.contentType, contentId: input.contentId } }, data: { state: 'PENDING_REVIEW' } });
      await adapter.setHidden(tx, input.contentId, now);
      await notify(tx, {
        kind: 'queueReportedContent',
        recipients: await membersWith(tx, 'space:operate'),
        subject: { type: input.contentType, id: input.contentId },
        data: { title: item.title },
        link: '/operate/participation',
      });
      return ok({ hidden: true });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('ALREADY_REPORTED', 'alreadyReported');
    throw error;
  }
}

/**
 * An operator hides or restores an item, with a reason its author is told. Audited. Works on
 * reported items and on any other item of a known type (an operator may hide unreported spam).
 */
export async function moderateContent(actor: Actor, input: ModerateInput, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  const adapter = CONTENT_ADAPTERS[input.contentType];
  return inTransaction(async (tx) => {
    const item = await adapter.find(tx, input.contentId, true);
    if (!item) throw new Rollback(fail('NOT_FOUND', 'contentNotFound'));
    const key = { contentType: input.contentType, contentId: input.contentId };
    const before = await tx.moderatedContent.findUnique({ where: { contentType_contentId: key }, select: { state: true } });
    const state = input.action === 'hide' ? 'HIDDEN' : 'RESTORED';
    await tx.moderatedContent.upsert({
      where: { contentType_contentId: key },
      create: { ...key, authorId: item.authorId, state, reason: input.reason, decidedById: actor.id, decidedAt: now },
      update: { state, reason: input.reason, decidedById: actor.id, decidedAt: now },
    });
    await adapter.setHidden(tx, input.contentId, input.action === 'hide' ? now : null);
    await recordAudit(tx, { actorId: actor.id, action: `moderation.${input.action}`, entityType: AUDIT_TYPES[input.contentType], entityId: input.contentId, before: { state: before?.state ?? null }, after: { state, reason: input.reason } });
    await notify(tx, {
      kind: input.action === 'hide' ? 'contentHidden' : 'contentRestored',
      recipients: [item.authorId],
      subject: { type: key.contentType, id: key.contentId },
      eventId: now.toISOString(),
      data: { title: item.title, reason: input.reason },
      link: item.authorLink ?? item.link,
    });
    return ok();
  });
}
