import { imageSource } from '@/lib/media/pictures';
import type { ProjectCard } from '@/lib/projects/queries';

/** The API's shape of a project: stable field names, ISO 8601 times. */
export function projectJson(p: ProjectCard) {
  return {
    id: p.id,
    name: p.name,
    pitch: p.pitch,
    sectors: p.sectors,
    stage: p.stage,
    organization: p.organization,
    location: p.location,
    needs: p.needs,
    visibility: p.visibility,
    incubation: p.incubation,
    logoUrl: p.logoKey ? imageSource(p.logoKey).src : null,
    members: p._count.members,
    followers: p._count.followers,
    activityAt: p.activityAt.toISOString(),
  };
}
