import { getCurrentUser } from '@/lib/auth/session';
import { getMyBooking } from '@/lib/bookings/queries';
import { bookingsToIcs } from '@/lib/bookings/ics';

/** One of the signed-in member's bookings as an .ics file. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Unauthorized', { status: 401 });
  const booking = await getMyBooking(user, (await params).id);
  if (!booking) return new Response('Not found', { status: 404 });
  return new Response(bookingsToIcs(booking.resource.name, [booking]), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="booking-${booking.id}.ics"`, 'Cache-Control': 'private, no-store' },
  });
}
