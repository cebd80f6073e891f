'use server';

import { getCurrentUser } from '@/lib/auth/session';
import { ProjectGalleryActions, ProjectsBeyondPublic } from '../../projects/(gallery)/project-gallery';

/** The personal parts of the cached gallery: the member's button and what only members see. */
export async function loadProjectsPersonal() {
  const user = await getCurrentUser();
  if (!user) return null;
  return { actions: <ProjectGalleryActions user={user} />, beyondPublic: <ProjectsBeyondPublic user={user} /> };
}
