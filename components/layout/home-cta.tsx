'use client';

import { ArrowRight } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import { buttonVariants } from '@/components/ui/button-variants';
import { useViewer } from './use-viewer';

/** The home hero's buttons: join and sign in for a visitor, the dashboard for a member. One row either way. */
export function HomeCta({ join, signIn, dashboard }: { join: string; signIn: string; dashboard: string }) {
  const viewer = useViewer();
  return (
    <div className="mt-8 flex min-h-11 flex-wrap gap-3">
      {viewer?.user ? (
        <Link href="/dashboard" className={buttonVariants({ size: 'lg', variant: 'accent' })}>
          {dashboard} <ArrowRight className="size-4" aria-hidden />
        </Link>
      ) : (
        <>
          <Link href="/sign-up" className={buttonVariants({ size: 'lg', variant: 'accent' })}>
            {join} <ArrowRight className="size-4" aria-hidden />
          </Link>
          {/* The outline button in white, on the hero's colour: composed, not merged (no tailwind-merge in the browser). */}
          <Link href="/sign-in" className={`${buttonVariants({ size: 'lg', variant: null })} border border-white/40 bg-white/10 text-white hover:bg-white/20`}>
            {signIn}
          </Link>
        </>
      )}
    </div>
  );
}
