import type { InvitationStatus, ProjectNeed, ProjectStage, ProjectVisibility, TeamRole } from '@/lib/generated/prisma/enums';

/** The invitee accepts or declines a pending invitation; the owner may cancel it first. */
export const INVITATION_TRANSITIONS = {
  PENDING: ['ACCEPTED', 'DECLINED', 'CANCELLED'],
  ACCEPTED: [],
  DECLINED: [],
  CANCELLED: [],
} satisfies Record<InvitationStatus, readonly InvitationStatus[]>;

export const PROJECT_STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'GROWTH'] as const satisfies readonly ProjectStage[];
export const PROJECT_NEEDS = ['FUNDING', 'MENTOR', 'SPACE', 'TEAM', 'EQUIPMENT'] as const satisfies readonly ProjectNeed[];
export const PROJECT_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const satisfies readonly ProjectVisibility[];
/** Sector tags are stable keys (translated in the catalogs) so filters work in both languages. */
export const PROJECT_SECTORS = ['EDTECH', 'HARDWARE', 'AI', 'AGRI', 'HEALTH', 'GREEN', 'CULTURE', 'SOCIAL', 'COMMERCE', 'ENTERPRISE'] as const;
export type ProjectSector = (typeof PROJECT_SECTORS)[number];

/** Who may see a project: the same rule the queries write into their `where`. */
export function canView(project: { visibility: ProjectVisibility }, viewer: { id: string } | null, teamRole: TeamRole | null): boolean {
  if (teamRole) return true;
  if (project.visibility === 'PUBLIC') return true;
  return project.visibility === 'MEMBERS' && viewer !== null;
}

export function canEdit(teamRole: TeamRole | null): boolean {
  return teamRole === 'OWNER';
}

/** Milestones are the whole team's to keep. */
export function canEditMilestones(teamRole: TeamRole | null): boolean {
  return teamRole !== null;
}

/**
 * Where a link to a project goes: its public page when anyone may see it, else its signed-in
 * page, which checks the member again. The public page is cached for everyone and answers 404
 * for the rest; linking there would send a member who may see it through that 404 first.
 */
export function projectPageHref(project: { id: string; visibility: string }): string {
  return project.visibility === 'PUBLIC' ? `/projects/${project.id}` : `/projects/${project.id}/view`;
}
