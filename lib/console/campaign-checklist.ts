/**
 * What an operator checks before a campaign goes live, as pure rules so the panel shows each
 * item passed or not. A failed item does not block approval: the operator decides, the list
 * makes sure nothing is overlooked. Labels are keys of `console.campaigns.check`.
 */
export type ChecklistInput = {
  story: string;
  goalFen: number;
  minPledgeFen: number;
  durationDays: number;
  startsAt: Date | null;
  faqCount: number;
  tiers: { amountFen: number; deliveryMonth: string | null; quantity: number | null }[];
};

export const STORY_MIN_CHARS = 200;

export function campaignChecklist(c: ChecklistInput, now: Date): { key: string; ok: boolean }[] {
  const nowMonth = now.toISOString().slice(0, 7);
  return [
    { key: 'storyLength', ok: c.story.trim().length >= STORY_MIN_CHARS },
    { key: 'hasTiers', ok: c.tiers.length > 0 },
    { key: 'tiersDelivery', ok: c.tiers.length > 0 && c.tiers.every((t) => !!t.deliveryMonth && t.deliveryMonth >= nowMonth) },
    { key: 'tiersAboveMinimum', ok: c.tiers.every((t) => t.amountFen >= c.minPledgeFen) },
    { key: 'startInFuture', ok: c.startsAt === null || c.startsAt.getTime() > now.getTime() },
    { key: 'durationSensible', ok: c.durationDays >= 7 && c.durationDays <= 60 },
    { key: 'hasFaq', ok: c.faqCount > 0 },
  ];
}

/** Preset reasons for sending a campaign back; keys of `console.campaigns.returnReasons`. */
export const RETURN_REASONS = ['storyThin', 'tiersUnclear', 'deliveryUnrealistic', 'goalUnjustified', 'datesWrong', 'missingRisks'] as const;
