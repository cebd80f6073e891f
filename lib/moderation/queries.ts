import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { CONTENT_ADAPTERS } from './content-types';
import { isContentType, type ContentType } from './policy';

/** Reported content hidden pending an operator's review (also the console inbox's queue). */
export const MODERATION_WAITING = { state: 'PENDING_REVIEW' } as const;

/** The oldest items waiting for an operator, with their titles, for the console inbox. */
export async function listWaitingContent(take: number) {
  const rows = await db.moderatedContent.findMany({ where: MODERATION_WAITING, orderBy: [{ createdAt: 'asc' }, { contentId: 'asc' }], take, select: { contentType: true, contentId: true, reportCount: true, createdAt: true } });
  return Promise.all(
    rows.map(async (r) => {
      const item = isContentType(r.contentType) ? await CONTENT_ADAPTERS[r.contentType].find(db, r.contentId, true) : null;
      return { ...r, title: item?.title ?? '' };
    }),
  );
}

/** Reported content for the operator page: waiting items first, then the rest still reported. */
export async function listReportedContent(actor: Actor, limit = 50) {
  assertCan(actor, 'space:operate');
  const rows = await db.moderatedContent.findMany({
    where: { state: { in: ['PENDING_REVIEW', 'REPORTED', 'HIDDEN'] } },
    orderBy: [{ state: 'asc' }, { createdAt: 'asc' }, { contentId: 'asc' }],
    take: limit,
  });
  const known = rows.flatMap((r) => (isContentType(r.contentType) ? [{ ...r, contentType: r.contentType }] : []));
  return Promise.all(
    known.map(async (r) => {
      const item = await CONTENT_ADAPTERS[r.contentType].find(db, r.contentId, true);
      const reasons = await db.contentReport.findMany({ where: { contentType: r.contentType, contentId: r.contentId }, select: { reason: true }, orderBy: { createdAt: 'asc' }, take: 5 });
      // Hidden items are 404 on their public page: the queue links to where an operator sees them.
      const link = item ? (r.state === 'REPORTED' ? item.link : (item.reviewLink ?? item.link)) : null;
      return { ...r, title: item?.title ?? '', link, reasons: reasons.map((x) => x.reason).filter(Boolean) };
    }),
  );
}

/**
 * Why an item is hidden, for the banner its author (and the operators) see on its page: null
 * while it is shown. Pages get it through their domain's query, with the item.
 */
export async function findHiddenNotice(contentType: ContentType, contentId: string, hiddenAt: Date | null): Promise<{ hiddenAt: Date; reason: string; state: string } | null> {
  if (!hiddenAt) return null;
  const m = await findModerationOf(contentType, contentId);
  return { hiddenAt, reason: m?.reason ?? '', state: m?.state ?? 'HIDDEN' };
}

/** What moderation decided about an item, for its author (the reason they see). */
export async function findModerationOf(contentType: string, contentId: string) {
  return db.moderatedContent.findUnique({ where: { contentType_contentId: { contentType, contentId } }, select: { state: true, reason: true, decidedAt: true } });
}
