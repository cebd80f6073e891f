import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="mx-auto max-w-2xl space-y-4" aria-busy="true">
      <Skeleton className="h-9 w-48" />
      <Skeleton className="h-[32rem]" />
    </div>
  );
}
