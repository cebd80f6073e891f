import type { ReactNode } from 'react';
import { Eye, ShieldAlert, Users } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';

/** Shown to the owner on a draft: nobody else sees this page yet. */
export function DraftBanner() {
  const t = useTranslations('campaignPage');
  return (
    <div role="status" className="mb-4 flex items-start gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <Eye className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{t('draftPreview')}</span>
    </div>
  );
}

/** Destructive actions out of the way of the main one, behind a disclosure. */
export function MoreActions({ children }: { children: ReactNode }) {
  const t = useTranslations('campaignPage');
  return (
    <details className="ml-auto text-sm">
      <summary className="cursor-pointer rounded-lg px-2 py-1 text-slate-600 hover:bg-slate-100">{t('moreActions')}</summary>
      <div className="mt-2 rounded-xl border border-slate-200 bg-white p-3">{children}</div>
    </details>
  );
}

export function RisksCard({ risks }: { risks: string }) {
  const t = useTranslations('campaignPage');
  return (
    <Card aria-labelledby="risks-title">
      <CardHeader>
        <CardTitle id="risks-title" className="flex items-center gap-2">
          <ShieldAlert className="size-5 text-amber-600" aria-hidden /> {t('risks')}
        </CardTitle>
      </CardHeader>
      <CardBody>{risks ? <Markdown>{risks}</Markdown> : <p className="text-sm text-slate-600">{t('risksDefault')}</p>}</CardBody>
    </Card>
  );
}

/** Who is behind the campaign: the project and its team, one click from here. */
export function CreatorCard({ project }: { project: { id: string; name: string; pitch: string; organization: string | null; team: { name: string; role: string }[] } }) {
  const t = useTranslations('campaignPage');
  const tp = useTranslations('projects');
  return (
    <Card aria-labelledby="creator-title">
      <CardHeader>
        <CardTitle id="creator-title">{t('creator')}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3 text-sm">
        <div>
          <Link href={`/projects/${project.id}`} className="font-semibold text-brand-700 underline">
            {project.name}
          </Link>
          {project.organization && <p className="text-slate-500">{project.organization}</p>}
          <p className="mt-1 text-slate-600">{project.pitch}</p>
        </div>
        <div>
          <p className="mb-1 flex items-center gap-1 font-medium text-slate-800">
            <Users className="size-4" aria-hidden /> {t('team', { n: project.team.length })}
          </p>
          <ul className="flex flex-wrap gap-1.5">
            {project.team.slice(0, 8).map((m, i) => (
              <li key={i}>
                <Badge tone={m.role === 'OWNER' ? 'brand' : 'neutral'}>
                  {m.name}
                  {m.role === 'OWNER' ? ` · ${tp(`teamRole.${m.role}`)}` : ''}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
        <Button asChild size="sm" variant="outline" className="w-full">
          <Link href={`/projects/${project.id}`}>{t('toProject')}</Link>
        </Button>
      </CardBody>
    </Card>
  );
}
