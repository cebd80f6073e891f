import { ChevronRight } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatMoney, formatMonth } from '@/lib/format';
import { cn } from '@/components/ui/cn';

type Tier = { id: string; title: string; description: string; amountFen: number; quantity: number | null; claimed: number; deliveryMonth: string | null; shipsPhysical?: boolean };

/**
 * The rewards of a campaign as cards. While it takes pledges each card opens the checkout with
 * that reward picked (through sign-in first for a visitor); otherwise they are plain cards.
 */
export function TierCards({ campaignId, minPledgeFen, tiers, open, signedIn }: { campaignId: string; minPledgeFen: number; tiers: Tier[]; open: boolean; signedIn: boolean }) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  const href = (tierId: string | null) => {
    const checkout = `/checkout/${campaignId}${tierId ? `?tier=${encodeURIComponent(tierId)}` : ''}`;
    return signedIn ? checkout : `/sign-in?next=${encodeURIComponent(checkout)}`;
  };
  const cards = [
    { key: 'none', tierId: null, title: t('noReward'), body: t('noRewardBody', { min: formatMoney(minPledgeFen, locale) }), meta: [] as string[], soldOut: false },
    ...tiers.map((x) => {
      const left = x.quantity === null ? null : x.quantity - x.claimed;
      const soldOut = left !== null && left <= 0;
      return {
        key: x.id,
        tierId: x.id,
        title: `${formatMoney(x.amountFen, locale)} · ${x.title}`,
        body: x.description,
        meta: [
          t('backers', { n: x.claimed }),
          left === null ? t('unlimited') : soldOut ? t('soldOut') : t('left', { n: left }),
          ...(x.deliveryMonth ? [t('delivery', { month: formatMonth(x.deliveryMonth, locale) })] : []),
          ...(x.shipsPhysical ? [t('ships')] : []),
        ],
        soldOut,
      };
    }),
  ];
  return (
    <ul className="space-y-2" data-testid="tier-cards">
      {cards.map((card) => {
        const inner = (
          <>
            <span className="min-w-0 flex-1">
              <span className="block font-medium text-slate-900">{card.title}</span>
              {card.body && <span className="mt-0.5 block text-slate-600">{card.body}</span>}
              {card.meta.length > 0 && <span className="mt-1 block text-xs text-slate-600">{card.meta.join(' · ')}</span>}
            </span>
            {open && !card.soldOut && <ChevronRight className="mt-0.5 size-4 shrink-0 text-slate-400" aria-hidden />}
          </>
        );
        // A sold-out card is muted by its background, not by opacity: faded text fails the contrast minimum.
        const box = 'flex gap-3 rounded-xl border border-slate-200 p-3 text-sm';
        return (
          <li key={card.key}>
            {open && !card.soldOut ? (
              <Link href={href(card.tierId)} className={cn(box, 'transition hover:border-brand-500 hover:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none')}>
                {inner}
              </Link>
            ) : (
              <div className={cn(box, card.soldOut && 'border-dashed bg-slate-50')}>{inner}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
