import { CardGridSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return <CardGridSkeleton cardHeight="h-36" />;
}
