import type { Metadata } from 'next';
import { ScrollText } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listAuditEntityTypes, listAuditEntries } from '@/lib/audit/queries';
import { auditSearchSchema } from '@/lib/audit/schemas';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { localDateTimeText } from '@/lib/time';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { CursorPager, FilterActions } from '@/components/ui/list-controls';
import { ExportButtons } from '@/components/exports/export-buttons';
import { auditChanges, auditObjectHref } from '@/components/audit/object-href';
import { auditActionLabel, auditTypeLabel } from '@/components/audit/labels';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/operate/audit'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requirePagePermission('audit:list');
  const search = auditSearchSchema.parse(await searchParams);
  const [page, types, tz, t] = await Promise.all([listAuditEntries(admin, search), listAuditEntityTypes(admin), findDefaultTimeZone(), getTranslations('audit')]);
  const filter = { actor: search.actor, type: search.type, action: search.action, object: search.object, from: search.from, to: search.to };
  const actionLabel = (code: string) => auditActionLabel(t, code);
  const typeLabel = (type: string) => auditTypeLabel(t, type);
  const query = Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const filtered = Object.keys(query).length > 0;

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} actions={<ExportButtons table="audit" params={filter} />} />
      <Card>
        <CardBody className="space-y-4">
          <form method="get" role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_12rem_12rem_10rem_10rem_auto] lg:items-end">
            {search.object && <input type="hidden" name="object" value={search.object} />}
            <div className="space-y-1.5">
              <Label htmlFor="audit-actor">{t('actor')}</Label>
              <Input id="audit-actor" name="actor" defaultValue={search.actor} placeholder={t('actorPlaceholder')} />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="audit-type">{t('type')}</Label>
              <Select id="audit-type" name="type" defaultValue={search.type ?? ''}>
                <option value="">{t('allTypes')}</option>
                {types.map((type) => (
                  <option key={type} value={type}>{typeLabel(type)}</option>
                ))}
              </Select>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="audit-action">{t('actionFilter')}</Label>
              <Select id="audit-action" name="action" defaultValue={search.action ?? ''}>
                <option value="">{t('allActions')}</option>
                {search.action && !(AUDIT_ACTIONS as readonly string[]).includes(search.action) && <option value={search.action}>{search.action}</option>}
                {AUDIT_ACTIONS.map((code) => (
                  <option key={code} value={code}>{actionLabel(code)}</option>
                ))}
              </Select>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="audit-from">{t('from')}</Label>
              <Input id="audit-from" type="date" name="from" defaultValue={search.from} />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="audit-to">{t('to')}</Label>
              <Input id="audit-to" type="date" name="to" defaultValue={search.to} />
            </div>
            <FilterActions resetHref="/operate/audit" filtered={filtered} applyLabel={t('filter')} resetLabel={t('reset')} />
          </form>
          {page.items.length === 0 ? (
            <EmptyState icon={ScrollText} title={t('empty')} />
          ) : (
            <>
              <ul className="space-y-3 sm:hidden" aria-label={t('results')}>
                {page.items.map((e) => {
                  const href = auditObjectHref(e.entityType, e.entityId);
                  return (
                    <li key={e.id} data-testid="audit-card" className="rounded-xl border border-slate-200 p-3 text-sm">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="text-sm font-medium text-slate-900" title={e.action}>{actionLabel(e.action)}</span>
                        <time dateTime={e.createdAt.toISOString()} className="text-xs text-slate-500">{localDateTimeText(e.createdAt, tz)}</time>
                      </div>
                      <p className="mt-2 text-slate-700">{e.actor ? e.actor.name : t('system')}</p>
                      <p className="mt-1 break-all text-xs">
                        <span className="text-slate-500">{typeLabel(e.entityType)} · </span>
                        {href ? <Link href={href} className="text-brand-700 hover:underline">{e.entityId}</Link> : e.entityId}
                      </p>
                      <div className="mt-2 text-xs">
                        <Changes changes={auditChanges(e.before, e.after)} before={t('before')} after={t('after')} />
                      </div>
                    </li>
                  );
                })}
              </ul>
              <div className="hidden sm:block">
                <Table aria-label={t('results')} className="min-w-[48rem]">
                  <thead>
                    <tr>
                      <Th>{t('when')}</Th>
                      <Th>{t('actor')}</Th>
                      <Th>{t('action')}</Th>
                      <Th>{t('object')}</Th>
                      <Th>{t('change')}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((e) => {
                      const href = auditObjectHref(e.entityType, e.entityId);
                      const changes = auditChanges(e.before, e.after);
                      return (
                        <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                          <Td className="whitespace-nowrap text-slate-600">
                            <time dateTime={e.createdAt.toISOString()}>{localDateTimeText(e.createdAt, tz)}</time>
                          </Td>
                          <Td>
                            {e.actor ? (
                              <Link href={`/operate/members/${e.actor.id}`} className="font-medium text-slate-900 hover:text-brand-700">{e.actor.name}</Link>
                            ) : (
                              <span className="text-slate-500">{t('system')}</span>
                            )}
                          </Td>
                          <Td>
                            <span className="font-medium text-slate-900">{actionLabel(e.action)}</span>
                            <code className="mt-0.5 block text-xs text-slate-500">{e.action}</code>
                          </Td>
                          <Td>
                            <span className="block text-xs text-slate-500">{typeLabel(e.entityType)}</span>
                            {href ? (
                              <Link href={href} className="break-all text-brand-700 hover:underline" aria-label={`${t('open')}: ${typeLabel(e.entityType)} ${e.entityId}`}>{e.entityId}</Link>
                            ) : (
                              <span className="break-all">{e.entityId}</span>
                            )}
                          </Td>
                          <Td className="text-xs">
                            <Changes changes={changes} before={t('before')} after={t('after')} />
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </div>
            </>
          )}
          <CursorPager
            pathname="/operate/audit"
            query={query}
            cursor={search.cursor}
            nextCursor={page.nextCursor}
            labels={{ pagination: t('pagination'), first: t('firstPage'), next: t('nextPage') }}
          />
        </CardBody>
      </Card>
    </div>
  );
}

function Changes({ changes, before, after }: { changes: ReturnType<typeof auditChanges>; before: string; after: string }) {
  if (changes.length === 0) return null;
  return (
    <dl className="space-y-1">
      {changes.map((c) => (
        <div key={c.key} className="flex flex-wrap gap-x-1">
          {c.key && <dt className="font-medium text-slate-700">{c.key}:</dt>}
          <dd className="break-all text-slate-600">
            {c.before !== undefined && <del className="text-red-700" title={before}>{c.before}</del>}
            {c.before !== undefined && c.after !== undefined && ' → '}
            {c.after !== undefined && <ins className="text-emerald-700 no-underline" title={after}>{c.after}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
