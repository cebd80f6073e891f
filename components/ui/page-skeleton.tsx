import { Skeleton } from './skeleton';

/**
 * The loading state of a signed-in page (used by its loading.tsx). Skeletons are a screen tall:
 * the footer stays below the fold until the page replaces them, so it never jumps down (CLS 0).
 */
export function PageSkeleton() {
  return (
    <div className="min-h-dvh space-y-6" aria-busy="true">
      <Skeleton className="h-9 w-64" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-48" />
        <Skeleton className="h-48" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}

/**
 * The loading state of a browse page: title, filter bar, a grid of cards. `framed` adds the page
 * frame for pages outside the signed-in layout.
 */
export function CardGridSkeleton({ filterHeight = 'h-24', cardHeight = 'h-44', framed = false }: { filterHeight?: string; cardHeight?: string; framed?: boolean }) {
  return (
    <div className={framed ? 'mx-auto min-h-dvh w-full max-w-6xl space-y-6 px-4 py-8' : 'min-h-dvh space-y-6'} aria-busy="true">
      <Skeleton className="h-9 w-48" />
      <Skeleton className={filterHeight} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className={cardHeight} />
        ))}
      </div>
    </div>
  );
}
