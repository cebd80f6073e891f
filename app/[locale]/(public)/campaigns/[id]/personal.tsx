'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { findCampaign, listMyPledges } from '@/lib/campaigns/queries';
import { AsideExtras, CommentComposer, PledgeBody, WatchControl } from '@/components/campaigns/campaign-detail';
import { ManageNotice } from '@/components/layout/personal-islands';

/**
 * The personal parts of a cached campaign page, for the member looking at it: their pledge
 * form, watch button, introduction request and pledges, rendered on the server for them alone.
 * Anything not theirs to see (a stranger, a made-up id) is nothing.
 */
export async function loadCampaignPersonal(campaignId: string) {
  const id = z.string().min(1).max(64).safeParse(campaignId);
  if (!id.success) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const c = await findCampaign(user, id.data);
  if (!c) return null;
  const [mine, t] = await Promise.all([listMyPledges(user, c.id), getTranslations('cachedPages')]);
  return {
    manage: c.isOwner || c.isOperator ? <ManageNotice href={`/campaigns/${c.id}/manage`} text={t('manageNotice')} link={t('openManage')} /> : null,
    watch: <WatchControl c={c} user={user} />,
    pledge: <PledgeBody c={c} user={user} />,
    aside: <AsideExtras c={c} user={user} mine={mine} />,
    comment: <CommentComposer c={c} user={user} />,
  };
}
