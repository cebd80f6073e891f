'use server';

import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { findEvent } from '@/lib/events/queries';
import { findMyWaitlistEntry } from '@/lib/events/waitlist-queries';
import { EventManageLink, EventTakePart } from '@/components/events/event-take-part';

/** The personal parts of a cached event page: the member's registration or waiting-list place. */
export async function loadEventPersonal(eventId: string) {
  const id = z.string().min(1).max(64).safeParse(eventId);
  if (!id.success) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const event = await findEvent(user, id.data);
  if (!event) return null;
  const waitlistEntry = await findMyWaitlistEntry(user, event.id);
  return { takePart: <EventTakePart event={event} user={user} waitlistEntry={waitlistEntry} />, manage: <EventManageLink event={event} /> };
}
