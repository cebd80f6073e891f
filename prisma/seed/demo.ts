import type { Tx } from '@/lib/db';
import { seedUsers } from './users';
import { seedBookings } from './bookings';
import { seedProjects } from './projects';
import { seedCampaigns } from './campaigns';
import { seedTasks } from './tasks';
import { seedEvents } from './events';
import { seedParticipation } from './participation';
import { seedFaults } from './faults';
import { seedMedia } from './media';
import { seedRatings } from './ratings';

/**
 * The whole demo, dated around the moment it is loaded (points this month, live campaigns,
 * upcoming events and bookings), so it reads the same on any day of the year.
 */
export async function seedDemo(tx: Tx): Promise<void> {
  await seedUsers(tx);
  await seedBookings(tx);
  await seedProjects(tx);
  await seedCampaigns(tx);
  await seedTasks(tx);
  await seedEvents(tx);
  await seedParticipation(tx);
  await seedFaults(tx);
  await seedMedia(tx);
  await seedRatings(tx);
}
