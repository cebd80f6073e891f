'use server';

import { getCurrentUser } from '@/lib/auth/session';
import { CampaignBrowseActions, CampaignsBeyondPublic } from '../../campaigns/(browse)/campaign-browse';

/** The personal parts of the cached campaign list: the member's button and what only members see. */
export async function loadCampaignsPersonal() {
  const user = await getCurrentUser();
  if (!user) return null;
  return { actions: <CampaignBrowseActions user={user} />, beyondPublic: <CampaignsBeyondPublic user={user} /> };
}
