import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { countUnread } from '@/lib/notifications/queries';
import { navItemsFor } from '@/lib/navigation/items';

/**
 * Who is looking at a cached page: the header's personal parts (account menu, bell, role-aware
 * items) load from here, so the page's HTML is the same for everyone. The browser's session
 * cookie only; never cached anywhere.
 */
export async function GET() {
  const user = await getCurrentUser();
  const headers = { 'Cache-Control': 'private, no-store', Vary: 'Cookie' };
  if (!user) return NextResponse.json({ user: null }, { headers });
  const unread = await countUnread(user);
  return NextResponse.json(
    {
      user: { id: user.id, name: user.name, email: user.email },
      unread,
      nav: navItemsFor((p) => can(user, p), true).map((i) => i.href),
    },
    { headers },
  );
}
