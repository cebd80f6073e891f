import { imageSource } from '@/lib/media/pictures';

const palette = ['bg-brand-100 text-brand-800', 'bg-emerald-100 text-emerald-800', 'bg-amber-100 text-amber-800', 'bg-rose-100 text-rose-800', 'bg-violet-100 text-violet-800', 'bg-cyan-100 text-cyan-800'];

/** Initials: the last two characters of a Chinese name (伟明 of 陈伟明), the first letters of a Latin one. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (/[\u3400-\u9fff]/.test(trimmed)) return trimmed.replace(/\s/g, '').slice(-2);
  const parts = trimmed.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase() || '?';
}

/** Box and initials size per avatar size: fixed sets, so no class merging is needed in the browser (the header shows one on every page). */
const SIZES = { sm: 'size-8 text-xs', md: 'size-9 text-xs', lg: 'size-14 text-base', xl: 'size-16 text-lg' } as const;

/**
 * A member's uploaded avatar, or their initials on a tint. Decorative (alt=""): the name is always
 * shown or announced next to it.
 */
export function Avatar({ name, imageKey, size = 'md' }: { name: string; imageKey?: string | null; size?: keyof typeof SIZES }) {
  if (imageKey) {
    const source = imageSource(imageKey);
    return (
      // eslint-disable-next-line @next/next/no-img-element -- our own route serves the web sizes
      <img
        src={source.srcSet ? source.srcSet.split(' ')[0] : source.src}
        width={36}
        height={36}
        alt=""
        loading="lazy"
        decoding="async"
        className={`inline-block shrink-0 rounded-full object-cover ring-1 ring-slate-200 ${SIZES[size]}`}
      />
    );
  }
  const hash = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return (
    <span aria-hidden className={`inline-grid shrink-0 place-items-center rounded-full font-semibold ${SIZES[size]} ${palette[hash % palette.length]}`}>
      {initialsOf(name)}
    </span>
  );
}
