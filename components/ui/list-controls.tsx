import { Search } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';

type Query = Record<string, string>;

/** The end of a GET filter form: apply, and a way back to the unfiltered list once filtered. */
export function FilterActions({ resetHref, filtered, applyLabel, resetLabel }: { resetHref: string; filtered: boolean; applyLabel: string; resetLabel: string }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" variant="outline">
        <Search className="size-4" aria-hidden />
        {applyLabel}
      </Button>
      {filtered && (
        <Button asChild variant="ghost">
          <Link href={resetHref}>{resetLabel}</Link>
        </Button>
      )}
    </div>
  );
}

/** Keyset pages: back to the first page from a later one, and on to the next while there is one. */
export function CursorPager({
  pathname,
  query,
  cursor,
  nextCursor,
  labels,
}: {
  pathname: string;
  query: Query;
  cursor?: string;
  nextCursor: string | null;
  labels: { pagination: string; first: string; next: string };
}) {
  return (
    <nav aria-label={labels.pagination} className="flex justify-end gap-2">
      {cursor && (
        <Button asChild variant="ghost" size="sm">
          <Link href={{ pathname, query }}>{labels.first}</Link>
        </Button>
      )}
      {nextCursor && (
        <Button asChild variant="outline" size="sm">
          <Link href={{ pathname, query: { ...query, cursor: nextCursor } }}>{labels.next}</Link>
        </Button>
      )}
    </nav>
  );
}
