import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-64" />
      <Skeleton className="h-48" />
    </div>
  );
}
