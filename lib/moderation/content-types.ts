import 'server-only';
import type { Tx } from '@/lib/db';
import type { ContentType } from './policy';

/**
 * How the moderation service reaches one kind of content. A new kind (projects, campaigns,
 * campaign comments, tasks) plugs in by adding its name to CONTENT_TYPES (policy.ts) and an
 * adapter here; its table gets a `hiddenAt` column that every list, page, API and export of
 * that kind filters on (`hiddenAt: null`).
 */
export type ContentAdapter = {
  /**
   * The visible item's author, title and page, or null when it does not exist (or is already
   * hidden, with `includeHidden` false). `authorLink` is where its author sees it while it is
   * hidden (the public page is a 404 then), the notifications point there; `reviewLink` where
   * an operator does (the reported-content queue links there).
   */
  find(tx: Tx, id: string, includeHidden: boolean): Promise<{ authorId: string; title: string; link: string; authorLink?: string; reviewLink?: string } | null>;
  setHidden(tx: Tx, id: string, hiddenAt: Date | null): Promise<void>;
};

const proposal: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const p = await tx.proposal.findFirst({ where: { id, ...(includeHidden ? {} : { hiddenAt: null }) }, select: { authorId: true, title: true } });
    return p && { authorId: p.authorId, title: p.title, link: `/participate/proposals/${id}` };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.proposal.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

const proposalComment: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const c = await tx.proposalComment.findFirst({
      where: { id, ...(includeHidden ? {} : { hiddenAt: null, proposal: { hiddenAt: null } }) },
      select: { authorId: true, body: true, proposalId: true },
    });
    return c && { authorId: c.authorId, title: c.body.slice(0, 80), link: `/participate/proposals/${c.proposalId}` };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.proposalComment.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

/** A project's author is its owner (the first one, should there ever be two). */
const project: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const p = await tx.project.findFirst({
      // Only what members may see can be reported (a private project stays with its team).
      where: { id, ...(includeHidden ? {} : { hiddenAt: null, visibility: { in: ['PUBLIC', 'MEMBERS'] } }) },
      select: { name: true, members: { where: { role: 'OWNER' }, orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }], take: 1, select: { userId: true } } },
    });
    const owner = p?.members[0];
    return p && owner ? { authorId: owner.userId, title: p.name, link: `/projects/${id}`, authorLink: `/projects/${id}/view`, reviewLink: `/projects/${id}/view` } : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.project.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

/** A campaign's author is the member who created it, else its project's owner. */
const campaign: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const c = await tx.campaign.findFirst({
      where: { id, ...(includeHidden ? {} : { hiddenAt: null, status: { in: ['APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED'] }, project: { hiddenAt: null, visibility: { in: ['PUBLIC', 'MEMBERS'] } } }) },
      select: { title: true, createdById: true, project: { select: { members: { where: { role: 'OWNER' }, orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }], take: 1, select: { userId: true } } } } },
    });
    const authorId = c?.createdById ?? c?.project.members[0]?.userId;
    return c && authorId ? { authorId, title: c.title, link: `/campaigns/${id}`, authorLink: `/campaigns/${id}/manage`, reviewLink: `/campaigns/${id}/manage` } : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.campaign.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

/** A comment of a former member (author deleted) has nobody to tell: it cannot be moderated here. */
const campaignComment: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const c = await tx.campaignComment.findFirst({
      where: { id, ...(includeHidden ? {} : { hiddenAt: null, campaign: { hiddenAt: null, project: { hiddenAt: null, visibility: { in: ['PUBLIC', 'MEMBERS'] } } } }) },
      select: { authorId: true, body: true, campaignId: true },
    });
    return c?.authorId ? { authorId: c.authorId, title: c.body.slice(0, 80), link: `/campaigns/${c.campaignId}`, reviewLink: `/campaigns/${c.campaignId}/manage#comments-title` } : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.campaignComment.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

const task: ContentAdapter = {
  async find(tx, id, includeHidden) {
    const t = await tx.task.findFirst({
      where: { id, ...(includeHidden ? {} : { hiddenAt: null, status: { notIn: ['DRAFT', 'PENDING_APPROVAL'] }, OR: [{ projectId: null }, { project: { hiddenAt: null, visibility: { in: ['PUBLIC', 'MEMBERS'] } } }] }) },
      select: { postedById: true, title: true } });
    return t && { authorId: t.postedById, title: t.title, link: `/tasks/${id}` };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.task.update({ where: { id }, data: { hiddenAt }, select: { id: true } });
  },
};

export const CONTENT_ADAPTERS = { proposal, proposalComment, project, campaign, campaignComment, task } satisfies Record<ContentType, ContentAdapter>;
