import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Input, Label, Select } from '@/components/ui/input';
import { Button } from '@/components/ui/button';

export type QueueFilter =
  | { kind: 'search'; name: string; label: string; value?: string }
  | { kind: 'date'; name: string; label: string; value?: string }
  | { kind: 'select'; name: string; label: string; value?: string; options: { value: string; label: string }[]; anyLabel?: string };

/**
 * A queue's filters as a plain GET form: the URL holds the view, so it survives a reload, can be
 * shared, and works before the page's script has loaded.
 */
export function QueueFilters({ action, filters }: { action: string; filters: QueueFilter[] }) {
  const t = useTranslations('console.filters');
  return (
    <form method="get" action={action} role="search" aria-label={t('label')} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {filters.map((f) => {
        const id = `filter-${f.name}`;
        return (
          <div key={f.name} className={f.kind === 'search' ? 'min-w-full flex-[2] space-y-1 sm:min-w-56' : 'min-w-36 flex-1 space-y-1'}>
            <Label htmlFor={id}>{f.label}</Label>
            {f.kind === 'select' ? (
              <Select id={id} name={f.name} defaultValue={f.value ?? ''}>
                {f.anyLabel !== undefined && <option value="">{f.anyLabel}</option>}
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input id={id} name={f.name} type={f.kind === 'date' ? 'date' : 'search'} defaultValue={f.value ?? ''} />
            )}
          </div>
        );
      })}
      <div className="flex items-end gap-2">
        <Button type="submit" size="sm" className="h-10">
          {t('apply')}
        </Button>
        <Link href={action} className="inline-flex h-10 items-center px-2 text-sm text-slate-600 underline">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
