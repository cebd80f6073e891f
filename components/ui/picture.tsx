import { ImageIcon } from 'lucide-react';
import { imageSource } from '@/lib/media/pictures';
import { cn } from './cn';

/** Soft two-tone gradients for subjects without a picture, picked by name so a card keeps its colour. */
const GRADIENTS = [
  'from-brand-100 via-brand-50 to-sky-100 text-brand-700',
  'from-emerald-100 via-emerald-50 to-teal-100 text-emerald-700',
  'from-amber-100 via-amber-50 to-orange-100 text-amber-700',
  'from-rose-100 via-rose-50 to-pink-100 text-rose-700',
  'from-violet-100 via-violet-50 to-indigo-100 text-violet-700',
  'from-cyan-100 via-cyan-50 to-sky-100 text-cyan-700',
];

export function tintOf(seed: string): string {
  const hash = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return GRADIENTS[hash % GRADIENTS.length];
}

/**
 * An uploaded picture in a box of fixed aspect ratio, so nothing moves when it loads; the file is
 * picked from its web sizes by `sizes`. Without a picture the box shows a quiet gradient with the
 * subject's initial (decorative: the subject's name is always next to it).
 */
export function Picture({
  imageKey,
  alt,
  seed,
  aspect = 'aspect-[16/9]',
  sizes = '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw',
  priority = false,
  className,
  fit = 'cover',
}: {
  imageKey: string | null | undefined;
  alt: string;
  /** Name of the subject: picks the placeholder's colour and initial. */
  seed: string;
  aspect?: string;
  sizes?: string;
  priority?: boolean;
  className?: string;
  fit?: 'cover' | 'contain';
}) {
  const box = cn('relative overflow-hidden bg-slate-100', aspect, className);
  if (!imageKey) {
    const initial = Array.from(seed.trim())[0] ?? '';
    return (
      <div className={cn(box, 'grid place-items-center bg-gradient-to-br', tintOf(seed))} aria-hidden data-testid="picture-placeholder">
        {initial ? <span className="text-3xl font-bold opacity-60">{initial}</span> : <ImageIcon className="size-8 opacity-50" />}
      </div>
    );
  }
  const source = imageSource(imageKey);
  return (
    <div className={box}>
      {/* eslint-disable-next-line @next/next/no-img-element -- our own route already serves web sizes with immutable caching */}
      <img
        src={source.src}
        srcSet={source.srcSet}
        sizes={source.srcSet ? sizes : undefined}
        width={source.width}
        height={source.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={cn('absolute inset-0 size-full', fit === 'cover' ? 'object-cover' : 'object-contain')}
      />
    </div>
  );
}
