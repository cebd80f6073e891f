'use server';

import { getCurrentUser } from '@/lib/auth/session';
import { ManageEventsLink } from '../../events/(list)/event-list';

/** The personal part of the cached events list: the events console's link, for those who manage events. */
export async function loadEventsPersonal() {
  const user = await getCurrentUser();
  if (!user) return null;
  return { actions: <ManageEventsLink user={user} /> };
}
