import { apiRoute, readJson } from '@/lib/api/http';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';
import { countUnread } from '@/lib/notifications/queries';
import { markRead } from '@/lib/notifications/service';
import { tokenOrSessionUser } from '../auth';

/** `{ "ids": [...] }` or `{ "all": true }`; ids of someone else's notifications change nothing. */
export const POST = apiRoute(async (req) => {
  const user = await tokenOrSessionUser(req);
  const input = await readJson(req, API.markNotificationsRead.body);
  const { count } = await markRead(user, input);
  return respond(API.markNotificationsRead, 200, { marked: count, unread: await countUnread(user) });
});
