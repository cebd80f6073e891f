'use client';

import { KeyRound } from 'lucide-react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { revokeApiTokenAction } from '@/lib/api-tokens/actions';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useFormAction } from '@/components/ui/use-form-action';

type Token = { id: string; name: string; tokenPrefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export function TokenList({ tokens, timeZone }: { tokens: Token[]; timeZone: string }) {
  const t = useTranslations('tokens');
  if (tokens.length === 0) return <EmptyState icon={KeyRound} title={t('emptyTitle')} description={t('emptyBody')} />;
  return (
    <ul className="divide-y divide-slate-100">
      {tokens.map((k) => (
        <TokenRow key={k.id} token={k} timeZone={timeZone} />
      ))}
    </ul>
  );
}

function TokenRow({ token, timeZone }: { token: Token; timeZone: string }) {
  const t = useTranslations('tokens');
  const locale = useLocale();
  const format = useFormatter();
  const { pending, onSubmit, formAction } = useFormAction(null, revokeApiTokenAction, () => toast.success(t('revoked', { name: token.name })));
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="token-row">
      <div>
        <p className="font-medium">
          {token.name} <code className="ml-1 text-xs text-slate-500">{token.tokenPrefix}…</code>
        </p>
        <p className="text-sm text-slate-500">
          {t('createdAt', { date: formatDay(new Date(token.createdAt), locale, timeZone) })} ·{' '}
          {token.lastUsedAt ? t('lastUsed', { when: format.relativeTime(new Date(token.lastUsedAt)) }) : t('neverUsed')}
        </p>
      </div>
      {token.revokedAt ? (
        <Badge tone="danger">{t('revokedBadge')}</Badge>
      ) : (
        <form action={formAction} onSubmit={onSubmit}>
          <input type="hidden" name="tokenId" value={token.id} />
          <Button type="submit" size="sm" variant="outline" disabled={pending} aria-label={t('revokeLabel', { name: token.name })}>
            {t('revoke')}
          </Button>
        </form>
      )}
    </li>
  );
}
