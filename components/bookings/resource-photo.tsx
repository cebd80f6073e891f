import { useTranslations } from 'next-intl';
import { Picture } from '@/components/ui/picture';
import { cn } from '@/components/ui/cn';

/** A resource's photo across the top of its card or page, or a quiet placeholder. */
export function ResourcePhoto({ resource, className, sizes }: { resource: { name: string; photoKey?: string | null }; className?: string; sizes?: string }) {
  const t = useTranslations('media');
  return <Picture imageKey={resource.photoKey} alt={t('resourcePhotoAlt', { name: resource.name })} seed={resource.name} aspect="aspect-[2/1]" sizes={sizes} className={cn('rounded-xl', className)} />;
}
