import { Download } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ExportTable } from '@/lib/exports/schemas';
import { buttonVariants } from '@/components/ui/button-variants';
import { cn } from '@/components/ui/cn';

type Params = Record<string, string | string[] | undefined>;

/** The export's address: the table, the format, the reader's language, and the page's own filter. */
export function exportHref(table: ExportTable, format: 'csv' | 'xlsx', locale: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    // The page's paging is not part of its filter: an export has every row.
    if (value === undefined || key === 'cursor' || key === 'limit') continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== '') query.append(key, v);
  }
  query.set('format', format);
  query.set('locale', locale);
  return `/api/exports/${table}?${query.toString()}`;
}

/**
 * "Export CSV" / "Export Excel" for a table page, for its current filter. Plain download links:
 * the route streams the file, and the browser shows its own progress. `showName`: the table's name
 * before the buttons, for a page that offers more than one table.
 */
export async function ExportButtons({ table, params, className, showName = false }: { table: ExportTable; params?: Params; className?: string; showName?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('exports'), getLocale()]);
  const name = t(`tables.${table}`);
  return (
    <div role="group" aria-label={t('label', { table: name })} className={cn('flex flex-wrap items-center gap-2', className)} data-testid={`export-${table}`}>
      {showName && (
        <span className="text-sm text-slate-600" aria-hidden>
          {name}
        </span>
      )}
      {(['csv', 'xlsx'] as const).map((format) => (
        <a key={format} href={exportHref(table, format, locale, params)} download className={buttonVariants({ variant: 'outline', size: 'sm' })} title={t('hint')}>
          <Download className="size-4" aria-hidden />
          {t(format)}
          <span className="sr-only">{` · ${name}`}</span>
        </a>
      ))}
    </div>
  );
}
