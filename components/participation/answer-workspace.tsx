import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { formatDay } from '@/lib/format';
import type { ProposalToAnswer } from '@/lib/participation/queries';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { AnswerForm } from './answer-form';
import { ClockBadge, ProposalStatusBadge } from './badges';

/**
 * Where an official answer is written: the proposal, its clock, the answers published so far and
 * the answer form. The operator's page and the evaluating mentor's page both show this one, so
 * the two follow the same rules (the server applies them in saveAnswer either way).
 */
export function AnswerWorkspace({ proposal: p, timeZone, back, children }: { proposal: ProposalToAnswer; timeZone: string; back: ReactNode; children?: ReactNode }) {
  const t = useTranslations('participate.answer');
  const tp = useTranslations('participate');
  const locale = useLocale();
  const published = p.answers.filter((a) => a.publishedAt);
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6">
      <p className="text-sm">{back}</p>
      <PageHeader title={p.title} description={tp('byOn', { name: p.author.name, date: formatDay(p.createdAt, locale, timeZone) })} />
      <div className="flex flex-wrap items-center gap-2">
        <ProposalStatusBadge status={p.status} />
        <ClockBadge clock={p.clock} withdrawn={p.status === 'WITHDRAWN'} />
        {p.escalatedAt && <Badge tone="danger">{tp('escalated')}</Badge>}
        {p.reopenedAt && <Badge tone="warning">{t('reopened')}</Badge>}
        {p.hiddenAt && <Badge tone="danger">{t('hidden')}</Badge>}
      </div>
      <Card>
        <CardBody>
          <Markdown className="text-sm">{p.body}</Markdown>
        </CardBody>
      </Card>
      {published.length > 0 && (
        <Card aria-labelledby="published-title">
          <CardHeader>
            <CardTitle id="published-title">{tp('answersTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ol className="space-y-3">
              {published.map((a) => (
                <li key={a.id} className="text-sm">
                  <ProposalStatusBadge status={a.decision} /> {tp('answeredBy', { name: a.author.name, date: formatDay(a.publishedAt!, locale, timeZone) })}
                  {a.rating && <Badge className="ml-2">{tp(`actions.rating.${a.rating}`)}</Badge>}
                  <p className="mt-1 text-slate-700">{a.body}</p>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
      )}
      <Card aria-labelledby="answer-title">
        <CardHeader>
          <CardTitle id="answer-title">{t('title')}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-3">
          {p.reopenedAt && <Alert tone="info">{t('secondLookHint')}</Alert>}
          <AnswerForm proposalId={p.id} from={p.status} draft={p.draft} />
        </CardBody>
      </Card>
      {children}
    </div>
  );
}
