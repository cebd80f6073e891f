import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/http';
import { countUnread, listNotificationsPage } from '@/lib/notifications/queries';
import { notificationListSchema } from '@/lib/notifications/schemas';
import { tokenOrSessionUser } from './auth';
import { notificationJson } from './json';

/** The caller's notifications, newest first: `?cursor=&unread=1&limit=` (1-100, default 20). */
export const GET = apiRoute(async (req) => {
  const user = await tokenOrSessionUser(req);
  const query = notificationListSchema.parse(Object.fromEntries(req.nextUrl.searchParams.entries()));
  const [page, unread] = await Promise.all([listNotificationsPage(user, query), countUnread(user)]);
  return NextResponse.json({ items: page.items.map(notificationJson), nextCursor: page.nextCursor, unread });
});
