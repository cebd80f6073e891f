import { NextResponse } from 'next/server';
import { apiRoute, readJson } from '@/lib/api/http';
import { countUnread } from '@/lib/notifications/queries';
import { markReadSchema } from '@/lib/notifications/schemas';
import { markRead } from '@/lib/notifications/service';
import { tokenOrSessionUser } from '../auth';

/** `{ "ids": [...] }` or `{ "all": true }`; ids of someone else's notifications change nothing. */
export const POST = apiRoute(async (req) => {
  const user = await tokenOrSessionUser(req);
  const input = await readJson(req, markReadSchema);
  const { count } = await markRead(user, input);
  return NextResponse.json({ marked: count, unread: await countUnread(user) });
});
