import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { can, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TeamRole } from '@/lib/generated/prisma/enums';
import { findHiddenNotice } from '@/lib/moderation/queries';
import type { ProjectSearch } from './schemas';
import { containsText } from '@/lib/search';

type Viewer = { id: string; roles?: Actor['roles'] } | null;

/**
 * The visibility rule as a filter: every read of projects starts from it, so a private
 * project of another team is simply not found.
 */
export function visibleProjectWhere(viewer: Viewer): Prisma.ProjectWhereInput {
  // A project hidden by moderation (lib/moderation) stays with its team, like a private one.
  if (!viewer) return { visibility: 'PUBLIC', hiddenAt: null };
  // Operators review hidden projects (the reported-content queue links to them).
  if (viewer.roles && can({ id: viewer.id, roles: viewer.roles }, 'space:operate')) return { OR: [{ visibility: { in: ['PUBLIC', 'MEMBERS'] } }, { members: { some: { userId: viewer.id } } }] };
  return { OR: [{ visibility: { in: ['PUBLIC', 'MEMBERS'] }, hiddenAt: null }, { members: { some: { userId: viewer.id } } }] };
}

/**
 * How the actor stands to a project: their team role, 'visible' (they may see it but are not on
 * the team) or 'none' (not found for them). Owner-only writes of other domains answer NOT_FOUND
 * for 'none' and forbidden for the rest, like the project's own.
 */
export async function projectAccess(actor: Actor, projectId: string): Promise<TeamRole | 'visible' | 'none'> {
  const member = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: actor.id } }, select: { role: true } });
  if (member) return member.role;
  const visible = await db.project.count({ where: { AND: [{ id: projectId }, visibleProjectWhere(actor)] } });
  return visible ? 'visible' : 'none';
}

const cardSelect = {
  id: true,
  name: true,
  pitch: true,
  sectors: true,
  stage: true,
  organization: true,
  location: true,
  logoKey: true,
  coverKey: true,
  needs: true,
  visibility: true,
  incubation: true,
  activityAt: true,
} satisfies Prisma.ProjectSelect;

type Counts = { _count: { members: number; followers: number } };
export type ProjectCard = Prisma.ProjectGetPayload<{ select: typeof cardSelect }> & Counts;

/**
 * Team and follower counts of the given projects, in one statement that visits only their rows
 * (Prisma's `_count` joins an aggregate of the whole member and follower tables instead).
 */
async function withCounts<T extends { id: string }>(rows: T[]): Promise<(T & Counts)[]> {
  if (!rows.length) return [];
  const counts = await db.$queryRaw<{ id: string; members: number; followers: number }[]>`
    SELECT p.id,
           (SELECT count(*) FROM "ProjectMember" m WHERE m."projectId" = p.id)::int AS members,
           (SELECT count(*) FROM "ProjectFollow" f WHERE f."projectId" = p.id)::int AS followers
      FROM unnest(${rows.map((r) => r.id)}::text[]) AS p(id)`;
  const byId = new Map(counts.map((c) => [c.id, c]));
  return rows.map((r) => ({ ...r, _count: { members: byId.get(r.id)?.members ?? 0, followers: byId.get(r.id)?.followers ?? 0 } }));
}

/** The gallery: visible projects, searched (pg_trgm indexes on name and pitch), newest activity first. */
/**
 * The gallery as the viewer sees it. `beyondPublic`: only what a visitor would not see (members-only
 * projects and the viewer's own private ones), for the personal part of the cached gallery.
 */
export async function listProjects(viewer: Viewer, params: ProjectSearch, opts: { beyondPublic?: boolean } = {}): Promise<{ items: ProjectCard[]; nextCursor: string | null }> {
  const q = params.q?.trim();
  const where: Prisma.ProjectWhereInput = {
    AND: [
      visibleProjectWhere(viewer),
      { hiddenAt: null },
      ...(opts.beyondPublic ? [{ NOT: { visibility: 'PUBLIC' as const } }] : []),
      ...(q
        ? [{ OR: [{ name: containsText(q) }, { pitch: containsText(q) }, { organization: containsText(q) }] }]
        : []),
      ...(params.sector ? [{ sectors: { has: params.sector } }] : []),
      ...(params.stage ? [{ stage: params.stage }] : []),
      ...(params.need ? [{ needs: { has: params.need } }] : []),
    ],
  };
  const rows = await db.project.findMany({
    where,
    orderBy:
      params.sort === 'newest'
        ? [{ createdAt: 'desc' }, { id: 'desc' }]
        : // Enum order NONE < INCUBATING < GRADUATED: descending puts the space's own projects first.
          params.sort === 'featured'
          ? [{ incubation: 'desc' }, { activityAt: 'desc' }, { id: 'desc' }]
          : [{ activityAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    select: cardSelect,
  });
  const page = rows.slice(0, params.limit);
  return { items: await withCounts(page), nextCursor: rows.length > params.limit ? page[page.length - 1].id : null };
}

/** One project with its story, team, milestones and mentors; null when the viewer may not see it. */
export const findProject = cache(async (viewer: Viewer, id: string) => {
  const project = await db.project.findFirst({
    where: { AND: [{ id }, visibleProjectWhere(viewer)] },
    select: {
      ...cardSelect,
      description: true,
      links: true,
      createdAt: true,
      hiddenAt: true,
      members: {
        orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }],
        select: { role: true, joinedAt: true, user: { select: { id: true, name: true, organization: true, avatarKey: true } } },
      },
      milestones: { orderBy: [{ dueOn: 'asc' }, { id: 'asc' }], select: { id: true, title: true, dueOn: true, done: true } },
      mentorships: {
        where: { status: 'ACTIVE' },
        select: { id: true, mentor: { select: { id: true, name: true, organization: true } } },
      },
    },
  });
  if (!project) return null;
  const [counted] = await withCounts([project]);
  const teamRole: TeamRole | null = viewer ? (project.members.find((m) => m.user.id === viewer.id)?.role ?? null) : null;
  const following = viewer ? (await db.projectFollow.count({ where: { projectId: id, userId: viewer.id } })) > 0 : false;
  const hidden = await findHiddenNotice('project', id, project.hiddenAt);
  return { ...counted, teamRole, following, hidden };
});
export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** Projects the member belongs to (owner first). */
export async function listMyProjects(actor: Actor) {
  const rows = await db.project.findMany({
    where: { members: { some: { userId: actor.id } } },
    orderBy: [{ activityAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: {
      ...cardSelect,
      members: { where: { userId: actor.id }, select: { role: true } },
      applications: { orderBy: { createdAt: 'desc' }, take: 3, select: { id: true, status: true, round: { select: { name: true } } } },
      mentorships: { where: { status: { in: ['REQUESTED', 'ACTIVE'] } }, select: { id: true, status: true, mentor: { select: { id: true, name: true } } } },
    },
  });
  return withCounts(rows);
}

/** Projects the member owns: the ones they may apply with or ask a mentor for. */
export async function listOwnedProjects(actor: Actor) {
  return db.project.findMany({
    where: { members: { some: { userId: actor.id, role: 'OWNER' } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  });
}

/** Open invitations addressed to the member's e-mail. */
export async function listMyInvitations(actor: Actor & { email: string }) {
  return db.projectInvitation.findMany({
    where: { email: actor.email, status: 'PENDING' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, project: { select: { id: true, name: true, pitch: true } }, invitedBy: { select: { name: true } } },
  });
}

/**
 * What the team manages: the project (team only) plus open invitations. Invitees' e-mails are
 * for the owner (who sent and may cancel them) and operators; the rest of the team gets the
 * number of open invitations only.
 */
// cache(): the team layout and its pages ask for the same project in one request.
export const findProjectForTeam = cache(async function findProjectForTeam(actor: Actor, id: string) {
  const project = await findProject(actor, id);
  if (!project || !project.teamRole) return null;
  const seesEmails = project.teamRole === 'OWNER' || can(actor, 'space:operate');
  const [invitations, invitationCount] = await Promise.all([
    seesEmails
      ? db.projectInvitation.findMany({ where: { projectId: id, status: 'PENDING' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, email: true, createdAt: true } })
      : Promise.resolve([]),
    db.projectInvitation.count({ where: { projectId: id, status: 'PENDING' } }),
  ]);
  return { ...project, invitations, invitationCount };
});
