import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4 px-4 py-8 min-h-dvh" aria-busy="true">
      <Skeleton className="h-20" />
      <Skeleton className="h-28" />
      <Skeleton className="h-64" />
    </div>
  );
}
