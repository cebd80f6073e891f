'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { Check, Copy, Share2 } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button-variants';

// Plain buttons styled by their variants: this island is on every campaign and project page, and
// Button's class merging (tailwind-merge) would add to their first load.
const OUTLINE = buttonVariants({ size: 'sm', variant: 'outline' });

const noSubscription = () => () => {};

type Labels = { link: string; copy: string; copied: string; copyFailed: string; share: string };

/**
 * The link, a copy button whose outcome is said on screen (and to screen readers), and the
 * system share sheet where the browser offers one (`navigator.share`, phones mostly). The share
 * button takes its place from the start, hidden until known, so nothing moves when it appears.
 */
export function ShareActions({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  // False in the server's HTML, the browser's answer once hydrated; it never changes after.
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the link for the reader.
      input.current?.select();
      setOutcome('failed');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Dismissed by the reader, or refused: nothing to say.
    }
  }

  return (
    <div className="space-y-2">
      <label className="block text-sm font-medium text-slate-800" htmlFor="share-link">
        {labels.link}
      </label>
      <input
        ref={input}
        id="share-link"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full truncate rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-700"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={OUTLINE} onClick={copy} data-testid="share-copy">
          {outcome === 'copied' ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {labels.copy}
        </button>
        <button type="button" onClick={share} className={canShare ? OUTLINE : `${OUTLINE} invisible`} aria-hidden={!canShare} tabIndex={canShare ? undefined : -1}>
          <Share2 className="size-4" aria-hidden />
          {labels.share}
        </button>
      </div>
      <p role="status" aria-live="polite" className={outcome === 'failed' ? 'min-h-5 text-sm text-amber-700' : 'min-h-5 text-sm text-emerald-700'} data-testid="share-outcome">
        {outcome === 'copied' ? labels.copied : outcome === 'failed' ? labels.copyFailed : ''}
      </p>
    </div>
  );
}
