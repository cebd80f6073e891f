import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { visibleProjectWhere } from '@/lib/projects/queries';
import type { Prisma } from '@/lib/generated/prisma/client';
import { RECRUITING_STATUSES, type TaskRules } from './policy';
import { readTaskRules } from './rules-queries';
import { findHiddenNotice } from '@/lib/moderation/queries';
import type { TaskSearch } from './schemas';
import { containsText } from '@/lib/search';

type Viewer = Actor | null;

/** Operators see every task of every project (they approve, settle disputes and pay bounties). */
function isTaskOperator(viewer: Viewer): boolean {
  return can(viewer, 'task:resolve-dispute');
}

/**
 * Whose project tasks the viewer may see: tasks of the space and of projects the viewer may see
 * (lib/projects' visibility rule), so a PRIVATE project's tasks, name and id stay with its team
 * and the operators. `involved` also lets in a task the viewer applied to or works on, so a
 * member keeps their own work when a project turns private later.
 */
function taskProjectVisibleWhere(viewer: Viewer, opts: { involved?: boolean } = {}): Prisma.TaskWhereInput {
  if (isTaskOperator(viewer)) return {};
  const involved: Prisma.TaskWhereInput[] =
    viewer && opts.involved ? [{ postedById: viewer.id }, { applications: { some: { userId: viewer.id } } }, { assignments: { some: { userId: viewer.id } } }] : [];
  return { OR: [{ projectId: null }, { project: visibleProjectWhere(viewer) }, ...involved] };
}

/** A task hidden by moderation (lib/moderation) is seen by its poster and the operators only. */
function notHiddenFrom(viewer: Viewer): Prisma.TaskWhereInput {
  if (can(viewer, 'space:operate')) return {};
  return viewer ? { OR: [{ hiddenAt: null }, { postedById: viewer.id }] } : { hiddenAt: null };
}

const cardSelect = {
  id: true,
  title: true,
  category: true,
  skills: true,
  rewardPoints: true,
  bountyFen: true,
  slots: true,
  filledSlots: true,
  deadline: true,
  location: true,
  mode: true,
  status: true,
  partnerName: true,
  createdAt: true,
  project: { select: { id: true, name: true } },
  postedBy: { select: { id: true, name: true } },
} satisfies Prisma.TaskSelect;

export type TaskCard = Prisma.TaskGetPayload<{ select: typeof cardSelect }>;

/**
 * Open tasks: published, running, a free slot and the deadline ahead. Newest first, cursor on
 * the unique id so pages never repeat or skip.
 */
export async function listOpenTasks(viewer: Viewer, params: TaskSearch, now = new Date(), opts: { beyondPublic?: boolean } = {}): Promise<{ items: TaskCard[]; nextCursor: string | null }> {
  let mySkills: string[] = [];
  if (params.matches && viewer) {
    const me = await db.user.findUnique({ where: { id: viewer.id }, select: { skills: true } });
    mySkills = me?.skills ?? [];
    // No skills on the profile: nothing can match.
    if (mySkills.length === 0) return { items: [], nextCursor: null };
  }
  const where: Prisma.TaskWhereInput = {
    status: { in: [...RECRUITING_STATUSES] },
    hiddenAt: null,
    deadline: { gt: now },
    filledSlots: { lt: db.task.fields.slots },
    ...(params.category ? { category: params.category } : {}),
    ...(params.location ? { location: params.location } : {}),
    ...(params.q ? { OR: [{ title: containsText(params.q) }, { description: containsText(params.q) }] } : {}),
    ...(params.bounty ? { bountyFen: { gt: 0 } } : {}),
    // "Matches my skills": any overlap with the profile's skills (GIN index on Task.skills).
    ...(params.matches && viewer ? { skills: { hasSome: mySkills } } : {}),
  };
  const rows = await db.task.findMany({
    // `beyondPublic`: only what a visitor would not see (tasks of members-only or the viewer's own
    // private projects), for the personal part of the cached board.
    where: { AND: [where, taskProjectVisibleWhere(viewer), ...(opts.beyondPublic ? [{ NOT: taskProjectVisibleWhere(null) }] : [])] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    select: cardSelect,
  });
  const page = rows.slice(0, params.limit);
  return { items: page, nextCursor: rows.length > params.limit ? page[page.length - 1].id : null };
}

/**
 * One task as the viewer may see it: drafts only for the poster; a task waiting for approval for
 * the poster and operators; a private project's task for its team, operators and the members
 * already on it. The poster sees every application and submission; an assignee only their own;
 * an operator the disputed ones. Whether the viewer is an operator is decided here, from the
 * viewer, never by the caller.
 */
export async function findTask(viewer: Viewer, id: string) {
  const operator = isTaskOperator(viewer);
  const published: Prisma.TaskWhereInput = { status: { notIn: operator ? ['DRAFT'] : ['DRAFT', 'PENDING_APPROVAL'] } };
  const task = await db.task.findFirst({
    where: { AND: [{ id }, viewer ? { OR: [published, { postedById: viewer.id }] } : published, notHiddenFrom(viewer), taskProjectVisibleWhere(viewer, { involved: true })] },
    select: { ...cardSelect, description: true, postedById: true, publishedAt: true, approvalNote: true, approvedAt: true, hiddenAt: true },
  });
  if (!task) return null;
  const isPoster = viewer?.id === task.postedById;
  const submissionSelect = {
    id: true,
    body: true,
    links: true,
    status: true,
    feedback: true,
    disputeReason: true,
    resolutionNote: true,
    createdAt: true,
    reviewedAt: true,
  } satisfies Prisma.TaskSubmissionSelect;

  const myApplication = viewer
    ? await db.taskApplication.findUnique({ where: { taskId_userId: { taskId: id, userId: viewer.id } }, select: { id: true, status: true, note: true, createdAt: true } })
    : null;
  const myAssignment = viewer
    ? await db.taskAssignment.findUnique({
        where: { taskId_userId: { taskId: id, userId: viewer.id } },
        select: { id: true, status: true, submissions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: submissionSelect } },
      })
    : null;
  const applications = isPoster
    ? await db.taskApplication.findMany({
        where: { taskId: id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, status: true, note: true, createdAt: true, user: { select: { id: true, name: true, organization: true, skills: true } } },
      })
    : [];
  const assignments = isPoster
    ? await db.taskAssignment.findMany({
        where: { taskId: id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          status: true,
          user: { select: { id: true, name: true } },
          submissions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: submissionSelect },
        },
      })
    : [];
  const disputes = operator
    ? await db.taskSubmission.findMany({
        where: { taskId: id, status: 'DISPUTED' },
        orderBy: { createdAt: 'asc' },
        select: { ...submissionSelect, assignment: { select: { user: { select: { id: true, name: true } } } } },
      })
    : [];
  const hidden = await findHiddenNotice('task', id, task.hiddenAt);
  return { ...task, isPoster, operator, hidden, myApplication, myAssignment, applications, assignments, disputes };
}
export type TaskDetail = NonNullable<Awaited<ReturnType<typeof findTask>>>;

/** The member's own side: tasks they posted and tasks they work on or applied to. */
export async function listMyTasks(actor: Actor) {
  const [posted, assigned, applied] = await Promise.all([
    db.task.findMany({ where: { postedById: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 50, select: { ...cardSelect, _count: { select: { applications: { where: { status: 'PENDING' } }, submissions: { where: { status: 'PENDING' } } } } } }),
    db.taskAssignment.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 50, select: { id: true, status: true, task: { select: cardSelect } } }),
    db.taskApplication.findMany({ where: { userId: actor.id, status: 'PENDING' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 50, select: { id: true, status: true, task: { select: cardSelect } } }),
  ]);
  return { posted, assigned, applied };
}

/** Projects the member owns: the ones they may post tasks for. */
export async function listPostableProjects(actor: Actor) {
  return db.project.findMany({ where: { members: { some: { userId: actor.id, role: 'OWNER' } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } });
}

/** The operator's desk: tasks waiting for approval, open disputes and unpaid bounties, oldest first. */
export async function listOperatorQueue(actor: Actor) {
  assertCan(actor, 'task:resolve-dispute');
  const [approvals, disputes, payouts] = await Promise.all([
    db.task.findMany({
      where: { status: 'PENDING_APPROVAL' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 100,
      select: { ...cardSelect, postedById: true },
    }),
    db.taskSubmission.findMany({
      where: { status: 'DISPUTED' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 100,
      select: { id: true, body: true, links: true, feedback: true, disputeReason: true, createdAt: true, task: { select: { id: true, title: true, postedById: true } }, assignment: { select: { user: { select: { id: true, name: true } } } } },
    }),
    db.payout.findMany({
      where: { status: 'PENDING' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 100,
      select: {
        id: true,
        amountFen: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
        assignment: { select: { task: { select: { id: true, title: true, postedById: true } } } },
      },
    }),
  ]);
  return { approvals, disputes, payouts };
}

/** The space's task rules, for the task form's hints and the operators' settings. */
export async function findTaskRules(): Promise<TaskRules> {
  const { spaceId: _spaceId, ...rules } = await readTaskRules();
  return rules;
}
