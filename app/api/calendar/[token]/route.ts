import { listFeedBookings } from '@/lib/bookings/queries';
import { bookingsToIcs } from '@/lib/bookings/ics';

/** A member's private iCalendar feed; the token in the URL is the only credential. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, '');
  const feed = await listFeedBookings(token);
  if (!feed) return new Response('Not found', { status: 404 });
  return new Response(bookingsToIcs(feed.name, feed.bookings), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
