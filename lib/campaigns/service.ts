import 'server-only';
import { decideEach, type BulkOutcome } from '@/lib/console/bulk';
import { db, type Tx } from '@/lib/db';
import { can, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { visibleProjectWhere } from '@/lib/projects/queries';
import { visibleCampaignWhere } from './queries';
import { enqueueSettlement } from '@/lib/jobs/enqueue';
import { notifyCampaignCancelled, notifyCampaignDecided, notifyCampaignLive, notifyCampaignSubmitted } from './notifications';
import { sourcesOf } from '@/lib/state-machine';
import { CAMPAIGN_TRANSITIONS, canEditCampaign, canMove } from './policy';
import type { CampaignInput } from './schemas';

const DAY_MS = 86_400_000;

async function isProjectOwner(tx: Tx | typeof db, projectId: string, userId: string): Promise<boolean> {
  return (await tx.projectMember.count({ where: { projectId, userId, role: 'OWNER' } })) > 0;
}

/**
 * The owner's guard, as for projects: a campaign the actor cannot see is NOT_FOUND; one they
 * can see but do not own is forbidden.
 */
export async function requireCampaignOwner(actor: Actor, campaignId: string) {
  const campaign = await db.campaign.findFirst({ where: { AND: [{ id: campaignId }, visibleCampaignWhere(actor)] }, select: { id: true, projectId: true, status: true, title: true } });
  if (!campaign) return fail('NOT_FOUND', 'campaignNotFound');
  if (await isProjectOwner(db, campaign.projectId, actor.id)) return ok(campaign);
  throw new ForbiddenError('project:manage-own');
}

/** A campaign the actor may see, or null: the same filter as the campaign page. */
async function findVisibleCampaign(actor: Actor, campaignId: string) {
  return db.campaign.findFirst({ where: { AND: [{ id: campaignId }, visibleCampaignWhere(actor)] }, select: { id: true, status: true } });
}

function campaignData(input: CampaignInput) {
  return {
    title: input.title,
    story: input.story,
    goalFen: input.goal,
    minPledgeFen: input.minPledge,
    durationDays: input.durationDays,
    startsAt: input.startsAt,
    faq: input.faq,
    risks: input.risks,
  };
}

function tierRows(input: CampaignInput) {
  return input.tiers.map((t, position) => ({
    title: t.title,
    description: t.description,
    amountFen: t.amount,
    quantity: t.quantity,
    deliveryMonth: t.deliveryMonth,
    shipsPhysical: t.shipsPhysical,
    position,
  }));
}

function tiersBelowMinimum(input: CampaignInput): Record<string, string[]> | null {
  const bad = input.tiers.findIndex((t) => t.amount < input.minPledge);
  return bad >= 0 ? { [`tier${bad}Amount`]: ['tierBelowMinimum'] } : null;
}

export async function createCampaign(actor: Actor, input: CampaignInput): Promise<ActionResult<{ id: string }>> {
  const visible = await db.project.count({ where: { AND: [{ id: input.projectId }, visibleProjectWhere(actor)] } });
  if (!visible) return fail('NOT_FOUND', 'projectNotFound');
  if (!(await isProjectOwner(db, input.projectId, actor.id))) throw new ForbiddenError('project:manage-own');
  const below = tiersBelowMinimum(input);
  if (below) return fail('VALIDATION_FAILED', 'validation', below);
  const campaign = await db.campaign.create({
    data: { projectId: input.projectId, createdById: actor.id, ...campaignData(input), tiers: { create: tierRows(input) } },
    select: { id: true },
  });
  return ok(campaign);
}

/** Drafts only; the tiers are replaced as a whole (no pledge can hold a draft's tier). */
export async function updateCampaign(actor: Actor, campaignId: string, input: CampaignInput): Promise<ActionResult<{ id: string }>> {
  const guard = await requireCampaignOwner(actor, campaignId);
  if (!guard.ok) return guard;
  if (!canEditCampaign(guard.data.status)) return fail('STATE_CHANGED', 'campaignNotEditable');
  const below = tiersBelowMinimum(input);
  if (below) return fail('VALIDATION_FAILED', 'validation', below);
  return inTransaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({ where: { id: campaignId, status: 'DRAFT' }, data: campaignData(input) });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'campaignNotEditable'));
    await tx.rewardTier.deleteMany({ where: { campaignId } });
    await tx.rewardTier.createMany({ data: tierRows(input).map((t) => ({ ...t, campaignId })) });
    return ok({ id: campaignId });
  });
}

/** One conditional update per transition: a stale page or a second click is a clean conflict. */
async function move(tx: Tx, campaignId: string, to: CampaignStatus, data: Record<string, unknown> = {}): Promise<boolean> {
  const { count } = await tx.campaign.updateMany({ where: { id: campaignId, status: { in: sourcesOf(CAMPAIGN_TRANSITIONS, to) } }, data: { status: to, ...data } });
  return count === 1;
}

export async function submitCampaign(actor: Actor, campaignId: string): Promise<ActionResult> {
  const guard = await requireCampaignOwner(actor, campaignId);
  if (!guard.ok) return guard;
  if (!canMove(guard.data.status, 'SUBMITTED', 'owner')) return fail('STATE_CHANGED', 'campaignStateChanged');
  const moved = await db.$transaction(async (tx) => {
    const now = new Date();
    const done = await move(tx, campaignId, 'SUBMITTED', { submittedAt: now, reviewNote: null });
    if (done) await notifyCampaignSubmitted(tx, { id: campaignId, title: guard.data.title }, now);
    return done;
  });
  return moved ? ok() : fail('STATE_CHANGED', 'campaignStateChanged');
}

/**
 * An operator approves (the dates are fixed now: a wished start in the past or none means
 * "now") or sends it back to DRAFT with a reason. An approved campaign whose start has come
 * goes LIVE at once.
 */
export async function decideCampaign(
  actor: Actor,
  input: { campaignId: string; decision: 'APPROVE' | 'SEND_BACK'; reason: string },
  now = new Date(),
): Promise<ActionResult<{ status: CampaignStatus }>> {
  if (!can(actor, 'space:operate')) throw new ForbiddenError('space:operate');
  const result = await inTransaction(async (tx) => {
    const c = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, status: true, startsAt: true, durationDays: true, title: true, createdById: true, projectId: true } });
    if (!c) throw new Rollback(fail('NOT_FOUND', 'campaignNotFound'));
    // Four eyes: an operator on the project's own team sees the campaign but leaves the review
    // to a second operator.
    if (await tx.projectMember.count({ where: { projectId: c.projectId, userId: actor.id } })) throw new Rollback(fail('FORBIDDEN', 'campaignOwnTeamReview'));
    const to = input.decision === 'APPROVE' ? 'APPROVED' : 'DRAFT';
    if (!canMove(c.status, to, 'operator')) throw new Rollback(fail('STATE_CHANGED', 'campaignStateChanged'));
    let data: Record<string, unknown> = { decidedById: actor.id, decidedAt: now };
    if (to === 'APPROVED') {
      const startsAt = c.startsAt && c.startsAt.getTime() > now.getTime() ? c.startsAt : now;
      data = { ...data, startsAt, endsAt: new Date(startsAt.getTime() + c.durationDays * DAY_MS), reviewNote: null };
    } else {
      data = { ...data, reviewNote: input.reason };
    }
    if (!(await move(tx, c.id, to, data))) throw new Rollback(fail('STATE_CHANGED', 'campaignStateChanged'));
    await recordAudit(tx, { actorId: actor.id, action: `campaign.${input.decision === 'APPROVE' ? 'approve' : 'sendBack'}`, entityType: 'Campaign', entityId: c.id, before: { status: c.status }, after: { status: to, reason: input.reason } });
    await notifyCampaignDecided(tx, c, to === 'APPROVED', input.reason, now);
    return ok({ status: to as CampaignStatus });
  });
  if (result.ok && result.data.status === 'APPROVED') {
    await activateDueCampaigns(now);
    const fresh = await db.campaign.findUniqueOrThrow({ where: { id: input.campaignId }, select: { status: true } });
    return ok({ status: fresh.status });
  }
  return result;
}

/** APPROVED -> LIVE once the start time has come. Run by the job and on read; safe to race. */
export async function activateDueCampaigns(now = new Date(), onlyId?: string): Promise<number> {
  const from = sourcesOf(CAMPAIGN_TRANSITIONS, 'LIVE');
  const scope = { status: { in: from }, startsAt: { lte: now }, ...(onlyId ? { id: onlyId } : {}) };
  // Most calls find nothing due: answer those without opening a transaction.
  if (onlyId && (await db.campaign.count({ where: scope })) === 0) return 0;
  const count = await db.$transaction(async (tx) => {
    const due = await tx.campaign.findMany({ where: scope, select: { id: true, title: true, projectId: true } });
    if (due.length === 0) return 0;
    const moved = await tx.campaign.updateMany({ where: { id: { in: due.map((c) => c.id) }, status: { in: from } }, data: { status: 'LIVE' } });
    // A racing run that moved some first is harmless: the notice is once per campaign.
    for (const c of due) await notifyCampaignLive(tx, c);
    return moved.count;
  });
  return count;
}

/**
 * The owner or an operator cancels before the end. Authorized pledges are voided by
 * settlement on the job queue (sent right after; the minute tick catches anything missed).
 */
export async function cancelCampaign(actor: Actor, campaignId: string, now = new Date()): Promise<ActionResult> {
  const campaign = await db.campaign.findFirst({ where: { AND: [{ id: campaignId }, visibleCampaignWhere(actor, now)] }, select: { id: true, status: true, projectId: true, title: true, endsAt: true } });
  if (!campaign) return fail('NOT_FOUND', 'campaignNotFound');
  const owner = await isProjectOwner(db, campaign.projectId, actor.id);
  const operator = can(actor, 'space:operate');
  if (!owner && !operator) throw new ForbiddenError('project:manage-own');
  if (!canMove(campaign.status, 'CANCELLED', owner ? 'owner' : 'operator')) return fail('STATE_CHANGED', 'campaignStateChanged');
  if (campaign.status === 'LIVE' && campaign.endsAt && campaign.endsAt <= now) return fail('STATE_CHANGED', 'campaignEnded');
  const done = await inTransaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({
      where: { id: campaignId, status: { in: sourcesOf(CAMPAIGN_TRANSITIONS, 'CANCELLED', [campaign.status]) }, ...(campaign.status === 'LIVE' ? { endsAt: { gt: now } } : {}) },
      data: { status: 'CANCELLED', closedAt: now },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'campaignStateChanged'));
    if (!owner) await recordAudit(tx, { actorId: actor.id, action: 'campaign.cancel', entityType: 'Campaign', entityId: campaignId, before: { status: campaign.status }, after: { status: 'CANCELLED' } });
    const backers = await tx.pledge.findMany({ where: { campaignId, status: 'AUTHORIZED' }, distinct: ['backerId'], select: { backerId: true } });
    await notifyCampaignCancelled(tx, campaign, backers.map((b) => b.backerId));
    return ok();
  });
  if (!done.ok) return done;
  // Voiding the pledges is the job queue's work (lib/jobs), not this request's.
  await enqueueSettlement(campaignId);
  return ok();
}

export async function addCampaignUpdate(actor: Actor, input: { campaignId: string; title: string; body: string }): Promise<ActionResult<{ id: string }>> {
  const guard = await requireCampaignOwner(actor, input.campaignId);
  if (!guard.ok) return guard;
  const update = await db.campaignUpdate.create({ data: { campaignId: input.campaignId, authorId: actor.id, title: input.title, body: input.body }, select: { id: true } });
  return ok(update);
}

/** Any signed-in member asks on a published campaign. */
export async function addComment(actor: Actor, input: { campaignId: string; body: string }): Promise<ActionResult<{ id: string }>> {
  const campaign = await findVisibleCampaign(actor, input.campaignId);
  if (!campaign || !['LIVE', 'SUCCEEDED', 'FAILED'].includes(campaign.status)) return fail('NOT_FOUND', 'campaignNotFound');
  const comment = await db.campaignComment.create({ data: { campaignId: input.campaignId, authorId: actor.id, body: input.body }, select: { id: true } });
  return ok(comment);
}

export async function answerComment(actor: Actor, input: { commentId: string; answer: string }): Promise<ActionResult> {
  const comment = await db.campaignComment.findFirst({ where: { id: input.commentId, campaign: visibleCampaignWhere(actor) }, select: { campaignId: true } });
  if (!comment) return fail('NOT_FOUND', 'commentNotFound');
  const guard = await requireCampaignOwner(actor, comment.campaignId);
  if (!guard.ok) return fail('NOT_FOUND', 'commentNotFound');
  await db.campaignComment.update({ where: { id: input.commentId }, data: { answer: input.answer, answeredAt: new Date() } });
  return ok();
}

export async function setWatching(actor: Actor, campaignId: string, watch: boolean): Promise<ActionResult<{ watching: boolean }>> {
  const campaign = await findVisibleCampaign(actor, campaignId);
  if (!campaign || !['LIVE', 'SUCCEEDED', 'FAILED', 'APPROVED'].includes(campaign.status)) return fail('NOT_FOUND', 'campaignNotFound');
  if (watch) await db.campaignWatch.createMany({ data: [{ userId: actor.id, campaignId }], skipDuplicates: true });
  else await db.campaignWatch.deleteMany({ where: { userId: actor.id, campaignId } });
  return ok({ watching: watch });
}

/** Many campaigns decided with one reason; each through decideCampaign (its four-eyes rule, conditional move and audit). */
export async function decideCampaigns(actor: Actor, input: { campaignIds: readonly string[]; decision: 'APPROVE' | 'SEND_BACK'; reason: string }, now = new Date()): Promise<ActionResult<BulkOutcome>> {
  if (!can(actor, 'space:operate')) throw new ForbiddenError('space:operate');
  return ok(await decideEach(input.campaignIds, (campaignId) => decideCampaign(actor, { campaignId, decision: input.decision, reason: input.reason }, now)));
}
