import { CardGridSkeleton } from '@/components/ui/page-skeleton';

export default function Loading() {
  return <CardGridSkeleton filterHeight="h-12" />;
}
