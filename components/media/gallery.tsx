import { useTranslations } from 'next-intl';
import { Picture } from '@/components/ui/picture';
import { imageSource } from '@/lib/media/pictures';

/** A project's or campaign's gallery on its public page; each picture opens in its largest size. */
export function Gallery({ images, name }: { images: { id: string; key: string }[]; name: string }) {
  const t = useTranslations('media');
  if (images.length === 0) return null;
  return (
    <section aria-labelledby="gallery-heading" className="space-y-3">
      <h2 id="gallery-heading" className="text-lg font-semibold text-slate-900">
        {t('gallery')}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {images.map((image, i) => {
          const largest = imageSource(image.key).srcSet?.split(', ').at(-1)?.split(' ')[0] ?? imageSource(image.key).src;
          return (
            <li key={image.id}>
              <a href={largest} className="block overflow-hidden rounded-xl ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600" target="_blank" rel="noopener">
                <Picture imageKey={image.key} alt={t('galleryAlt', { name, n: i + 1, total: images.length })} seed={name} aspect="aspect-[4/3]" sizes="(min-width: 640px) 33vw, 50vw" />
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
