import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { CampaignCard as Card } from '@/lib/campaigns/queries';
import { Picture } from '@/components/ui/picture';
import { CampaignProgress } from './campaign-progress';
import { CampaignStatusBadge } from './status-badge';

/** `priority`: the list's first card, whose cover is the page's largest paint on a phone. */
export function CampaignCard({ campaign, now, priority = false }: { campaign: Card; now: Date; priority?: boolean }) {
  const ts = useTranslations('projects.sector');
  const tm = useTranslations('media');
  return (
    <li className="flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white p-4 pt-0 shadow-sm transition hover:shadow-md" data-testid="campaign-card">
      <Picture imageKey={campaign.coverKey} alt={tm('campaignCoverAlt', { name: campaign.title })} seed={campaign.projectName} className="-mx-4 mb-3" priority={priority} />
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="truncate text-xs text-slate-500">{campaign.projectName}</p>
          <h2 className="mt-0.5 line-clamp-2 font-semibold text-slate-900">
            <Link href={`/campaigns/${campaign.id}`} className="hover:text-brand-700">
              {campaign.title}
            </Link>
          </h2>
        </div>
        <CampaignStatusBadge status={campaign.status} />
      </div>
      {campaign.sectors.length > 0 && (
        <p className="mb-3 flex flex-wrap gap-1">
          {campaign.sectors.slice(0, 3).map((s) => (
            <span key={s} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {ts.has(s) ? ts(s) : s}
            </span>
          ))}
        </p>
      )}
      <div className="mt-auto">
        <CampaignProgress raisedFen={campaign.raisedFen} goalFen={campaign.goalFen} backers={campaign.backers} endsAt={campaign.endsAt} status={campaign.status} now={now} />
      </div>
    </li>
  );
}
