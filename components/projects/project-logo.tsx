import { cn } from '@/components/ui/cn';
import { imageSource } from '@/lib/media/pictures';

/** The uploaded logo, or the project's initial on a tinted square. Decorative: the name is next to it. */
export function ProjectLogo({ name, logoKey, size = 'md', className }: { name: string; logoKey: string | null; size?: 'md' | 'lg'; className?: string }) {
  const box = size === 'lg' ? 'size-16 text-2xl' : 'size-12 text-lg';
  if (logoKey) {
    const source = imageSource(logoKey);
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route with fixed headers
    return <img src={source.srcSet ? source.srcSet.split(' ')[0] : source.src} width={size === 'lg' ? 64 : 48} height={size === 'lg' ? 64 : 48} alt="" loading="lazy" decoding="async" className={cn(box, 'shrink-0 rounded-xl bg-white object-cover ring-1 ring-slate-200', className)} />;
  }
  return (
    <span aria-hidden className={cn(box, 'grid shrink-0 place-items-center rounded-xl bg-brand-50 font-bold text-brand-700 ring-1 ring-brand-100', className)}>
      {Array.from(name)[0]}
    </span>
  );
}
