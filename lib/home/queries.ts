import 'server-only';
import { db } from '@/lib/db';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { listUpcomingEvents } from '@/lib/events/queries';
import { eventSearchSchema } from '@/lib/events/schemas';
import { listProjects } from '@/lib/projects/queries';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { listOpenTasks } from '@/lib/tasks/queries';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import type { OpeningHours } from '@/lib/bookings/time';

/**
 * What the home page shows a visitor, live: campaigns ending soon (trending when none ends
 * soon), upcoming events, new projects, open tasks and the space's real opening hours. Public
 * data only (viewer null), so the page can be cached like any public page.
 */
export async function findHomeModules() {
  const [ending, events, projects, tasks, space] = await Promise.all([
    listCampaigns(null, campaignSearchSchema.parse({ sort: 'ending', endingSoon: '1', limit: '3' })),
    listUpcomingEvents(eventSearchSchema.parse({ limit: '3' })),
    listProjects(null, projectSearchSchema.parse({ limit: '3' })),
    listOpenTasks(null, taskSearchSchema.parse({ limit: '3' })),
    db.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { name: true, timeZone: true, openingHours: true } }),
  ]);
  const campaigns = ending.items.length > 0 ? { kind: 'ending' as const, items: ending.items } : { kind: 'trending' as const, items: (await listCampaigns(null, campaignSearchSchema.parse({ sort: 'trending', limit: '3' }))).items };
  return {
    campaigns,
    events: events.items,
    projects: projects.items,
    tasks: tasks.items,
    space: space ? { name: space.name, timeZone: space.timeZone, openingHours: space.openingHours as OpeningHours } : null,
  };
}
