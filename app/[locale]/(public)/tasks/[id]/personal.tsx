'use server';

import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { findTask } from '@/lib/tasks/queries';
import { TakePartCard, TaskTeamSections } from './task-personal';

/**
 * The personal parts of a cached task page, for the member looking at it: the poster's
 * applicants and tools, an operator's disputes, the member's own application or work. Anything
 * not theirs to see (a stranger, a made-up id) is nothing.
 */
export async function loadTaskPersonal(taskId: string) {
  const id = z.string().min(1).max(64).safeParse(taskId);
  if (!id.success) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const task = await findTask(user, id.data);
  if (!task) return null;
  return { team: <TaskTeamSections task={task} />, takePart: <TakePartCard task={task} user={user} /> };
}
