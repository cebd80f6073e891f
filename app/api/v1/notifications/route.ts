import { apiRoute } from '@/lib/api/http';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';
import { countUnread, listNotificationsPage } from '@/lib/notifications/queries';
import { tokenOrSessionUser } from './auth';
import { notificationJson } from './json';

/** The caller's notifications, newest first: `?cursor=&unread=1&limit=` (1-100, default 20). */
export const GET = apiRoute(async (req) => {
  const user = await tokenOrSessionUser(req);
  const query = API.listNotifications.query.parse(Object.fromEntries(req.nextUrl.searchParams.entries()));
  const [page, unread] = await Promise.all([listNotificationsPage(user, query), countUnread(user)]);
  return respond(API.listNotifications, 200, { items: page.items.map(notificationJson), nextCursor: page.nextCursor, unread });
});
