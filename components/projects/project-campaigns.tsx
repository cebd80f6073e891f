import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/format';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { CampaignStatusBadge } from '@/components/campaigns/status-badge';

type Campaign = { id: string; title: string; status: Parameters<typeof CampaignStatusBadge>[0]['status']; goalFen: number; raisedFen: number };

/** The project's campaigns, each a link to its page (the campaign page links back here). */
export function ProjectCampaigns({ campaigns }: { campaigns: Campaign[] }) {
  const t = useTranslations('campaignPage');
  const locale = useLocale();
  return (
    <Card aria-labelledby="project-campaigns-title">
      <CardHeader>
        <CardTitle id="project-campaigns-title">{t('projectCampaigns')}</CardTitle>
      </CardHeader>
      <CardBody>
        {campaigns.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noProjectCampaigns')}</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {campaigns.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/campaigns/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.title}
                </Link>
                <span className="flex items-center gap-2 text-slate-600">
                  {formatMoney(c.raisedFen, locale)} / {formatMoney(c.goalFen, locale)}
                  <CampaignStatusBadge status={c.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
