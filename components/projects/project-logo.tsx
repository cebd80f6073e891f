import { cn } from '@/components/ui/cn';

/** The uploaded logo, or the project's initial on a tinted square. */
export function ProjectLogo({ name, logoKey, size = 'md' }: { name: string; logoKey: string | null; size?: 'md' | 'lg' }) {
  const box = size === 'lg' ? 'size-16 text-2xl' : 'size-12 text-lg';
  if (logoKey) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route with fixed headers
    return <img src={`/api/files/${logoKey}`} alt="" className={cn(box, 'shrink-0 rounded-xl object-cover ring-1 ring-slate-200')} />;
  }
  return (
    <span aria-hidden className={cn(box, 'grid shrink-0 place-items-center rounded-xl bg-brand-50 font-bold text-brand-700 ring-1 ring-brand-100')}>
      {Array.from(name)[0]}
    </span>
  );
}
