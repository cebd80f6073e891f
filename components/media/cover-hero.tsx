import { Picture } from '@/components/ui/picture';

/**
 * The wide cover at the top of a project, campaign or event page: loaded first (it is the largest
 * thing in view), in a fixed-ratio box. Without a cover nothing is shown: the page's title leads.
 */
export function CoverHero({ imageKey, alt, seed }: { imageKey: string | null; alt: string; seed: string }) {
  if (!imageKey) return null;
  return (
    <div className="mb-6 overflow-hidden rounded-2xl ring-1 ring-slate-200" data-testid="cover-hero">
      <Picture imageKey={imageKey} alt={alt} seed={seed} aspect="aspect-[16/9] sm:aspect-[21/8]" sizes="(min-width: 1152px) 1152px, 100vw" priority />
    </div>
  );
}
