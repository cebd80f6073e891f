import type { CampaignCard, CampaignDetail } from './queries';

/** The API's shape of a campaign: amounts in integer fen, times in ISO 8601 (UTC). */
export function campaignCardJson(c: CampaignCard) {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    currency: 'CNY',
    goalFen: c.goalFen,
    raisedFen: c.raisedFen,
    backers: c.backers,
    startsAt: c.startsAt?.toISOString() ?? null,
    endsAt: c.endsAt?.toISOString() ?? null,
    project: { id: c.projectId, name: c.projectName, sectors: c.sectors, stage: c.stage },
  };
}

export function campaignDetailJson(c: CampaignDetail) {
  return {
    id: c.id,
    title: c.title,
    story: c.story,
    status: c.status,
    currency: c.currency,
    goalFen: c.goalFen,
    minPledgeFen: c.minPledgeFen,
    raisedFen: c.raisedFen,
    backers: c.backers,
    startsAt: c.startsAt?.toISOString() ?? null,
    endsAt: c.endsAt?.toISOString() ?? null,
    project: { id: c.project.id, name: c.project.name, pitch: c.project.pitch, sectors: c.project.sectors, stage: c.project.stage },
    tiers: c.tiers.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      amountFen: t.amountFen,
      quantity: t.quantity,
      remaining: t.quantity === null ? null : Math.max(0, t.quantity - t.claimed),
      deliveryMonth: t.deliveryMonth,
    })),
    faq: c.faq,
  };
}
