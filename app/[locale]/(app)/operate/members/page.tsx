import type { Metadata } from 'next';
import { UsersRound } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listMembersForStaff } from '@/lib/staff-members/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { MEMBER_ROLE_FILTERS, MEMBER_STATUSES, memberSearchSchema } from '@/lib/staff-members/schemas';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { CursorPager, FilterActions } from '@/components/ui/list-controls';
import { ExportButtons } from '@/components/exports/export-buttons';
import { memberStatusTone } from '@/components/staff-members/member-status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staffMembers');
  return { title: t('title') };
}

export default async function StaffMembersPage({ params, searchParams }: PageProps<'/[locale]/operate/members'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requirePagePermission('space:operate');
  const raw = await searchParams;
  const search = memberSearchSchema.parse(raw);
  const [page, t, tr, tz] = await Promise.all([listMembersForStaff(staff, search), getTranslations('staffMembers'), getTranslations('roles'), findDefaultTimeZone()]);
  const filter = { q: search.q, role: search.role, status: search.status };
  const filtered = Boolean(search.q || search.role || search.status);

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} actions={<ExportButtons table="members" params={filter} />} />
      <Card>
        <CardBody className="space-y-4">
          <form method="get" role="search" className="grid gap-3 sm:grid-cols-[1fr_11rem_11rem_auto] sm:items-end">
            <div className="space-y-1.5">
              <Label htmlFor="member-q">{t('search')}</Label>
              <Input id="member-q" name="q" defaultValue={search.q} placeholder={t('searchPlaceholder')} />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="member-role">{t('role')}</Label>
              <Select id="member-role" name="role" defaultValue={search.role ?? ''}>
                <option value="">{t('allRoles')}</option>
                {MEMBER_ROLE_FILTERS.map((r) => (
                  <option key={r} value={r}>{r === 'NONE' ? t('noRole') : tr(r)}</option>
                ))}
              </Select>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="member-status">{t('statusLabel')}</Label>
              <Select id="member-status" name="status" defaultValue={search.status ?? ''}>
                <option value="">{t('allStatuses')}</option>
                {MEMBER_STATUSES.map((s) => (
                  <option key={s} value={s}>{t(`status.${s}`)}</option>
                ))}
              </Select>
            </div>
            <FilterActions resetHref="/operate/members" filtered={filtered} applyLabel={t('filter')} resetLabel={t('reset')} />
          </form>
          {page.items.length === 0 ? (
            <EmptyState icon={UsersRound} title={t('empty')} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('name')}</Th>
                  <Th>{t('roles')}</Th>
                  <Th>{t('statusLabel')}</Th>
                  <Th>{t('joined')}</Th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((m) => (
                  <tr key={m.id} data-testid="staff-member-row" data-email={m.email}>
                    <Td>
                      <Link href={`/operate/members/${m.id}`} className="font-medium text-slate-900 hover:text-brand-700" aria-label={t('openMember', { name: m.name })}>
                        {m.name}
                      </Link>
                      <span className="block break-all text-slate-500">{m.email}</span>
                      {m.organization && <span className="block text-xs text-slate-500">{m.organization}</span>}
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {m.roles.length ? m.roles.map((r) => <Badge key={r} tone="brand">{tr(r)}</Badge>) : <span className="text-slate-400">{t('noRole')}</span>}
                      </div>
                    </Td>
                    <Td>
                      <Badge tone={memberStatusTone(m.status)}>{t(`status.${m.status}`)}</Badge>
                    </Td>
                    <Td className="whitespace-nowrap text-slate-500">{formatDay(m.createdAt, locale, tz)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <CursorPager
            pathname="/operate/members"
            query={definedQuery(filter)}
            cursor={search.cursor}
            nextCursor={page.nextCursor}
            labels={{ pagination: t('pagination'), first: t('firstPage'), next: t('nextPage') }}
          />
        </CardBody>
      </Card>
    </div>
  );
}

function definedQuery(q: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
}
