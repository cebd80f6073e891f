'use server';

import { getCurrentUser } from '@/lib/auth/session';
import { MatchesFilter, TaskBoardActions, TasksBeyondPublic } from '../../tasks/(list)/task-board';

/** The personal parts of the cached board: the member's tools, their filter and what only members see. */
export async function loadTasksPersonal() {
  const user = await getCurrentUser();
  if (!user) return null;
  return { actions: <TaskBoardActions user={user} />, matches: <MatchesFilter />, beyondPublic: <TasksBeyondPublic user={user} /> };
}
