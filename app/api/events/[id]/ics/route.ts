import { getCurrentUser } from '@/lib/auth/session';
import { findEvent } from '@/lib/events/queries';
import { eventToIcs } from '@/lib/events/ics';

/** One event as an .ics file ("add to calendar"); drafts only for operators, like the page. */
export async function GET(req: Request, ctx: RouteContext<'/api/events/[id]/ics'>) {
  const { id } = await ctx.params;
  const event = await findEvent(await getCurrentUser(), id);
  if (!event) return new Response('Not found', { status: 404 });
  const url = new URL(`/events/${event.id}`, req.url).toString();
  return new Response(eventToIcs(event, url), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="event-${event.id}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
