import { Search, UsersRound } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ALL_ROLES } from '@/lib/auth/permissions';
import { formatDay } from '@/lib/format';
import type { UserRow } from '@/lib/users/queries';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Table, Td, Th } from '@/components/ui/table';
import { RoleToggle } from './role-toggle';

export async function UsersTable({
  actorId,
  page,
  q,
  basePath,
  timeZone,
}: {
  actorId: string;
  page: { items: UserRow[]; nextCursor: string | null };
  q?: string;
  basePath: '/dashboard' | '/admin/users';
  timeZone: string;
}) {
  const t = await getTranslations('users');
  const locale = await getLocale();
  return (
    <div className="space-y-4">
      <form method="get" role="search" className="flex gap-2">
        <label htmlFor="user-search" className="sr-only">
          {t('search')}
        </label>
        <Input id="user-search" name="q" defaultValue={q} placeholder={t('searchPlaceholder')} className="max-w-sm" />
        <Button type="submit" variant="outline">
          <Search className="size-4" aria-hidden />
          {t('search')}
        </Button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState icon={UsersRound} title={t('emptyTitle')} description={q ? t('emptyForQuery', { q }) : undefined} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('name')}</Th>
              <Th>{t('joined')}</Th>
              <Th>{t('roles')}</Th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((u) => (
              <tr key={u.id} data-testid="user-row" data-email={u.email}>
                <Td>
                  <span className="font-medium">{u.name}</span>
                  <span className="block text-slate-500">{u.email}</span>
                  {u.organization && <span className="block text-xs text-slate-500">{u.organization}</span>}
                </Td>
                <Td className="whitespace-nowrap text-slate-500">{formatDay(u.createdAt, locale, timeZone)}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1.5">
                    {ALL_ROLES.map((role) => (
                      <RoleToggle key={role} userId={u.id} userName={u.name} role={role} held={u.roles.includes(role)} disabled={u.id === actorId} />
                    ))}
                  </div>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <nav aria-label={t('pagination')} className="flex justify-end gap-2">
        <Button asChild variant="ghost" size="sm">
          <Link href={{ pathname: basePath, query: q ? { q } : {} }}>{t('firstPage')}</Link>
        </Button>
        {page.nextCursor && (
          <Button asChild variant="outline" size="sm">
            <Link href={{ pathname: basePath, query: { ...(q ? { q } : {}), cursor: page.nextCursor } }}>{t('nextPage')}</Link>
          </Button>
        )}
      </nav>
    </div>
  );
}
