'use client';

import { ArrowRight } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { useViewer } from './use-viewer';

/** The home hero's buttons: join and sign in for a visitor, the dashboard for a member. One row either way. */
export function HomeCta({ join, signIn, dashboard }: { join: string; signIn: string; dashboard: string }) {
  const viewer = useViewer();
  return (
    <div className="mt-8 flex min-h-11 flex-wrap gap-3">
      {viewer?.user ? (
        <Button asChild size="lg" variant="accent">
          <Link href="/dashboard">
            {dashboard} <ArrowRight className="size-4" aria-hidden />
          </Link>
        </Button>
      ) : (
        <>
          <Button asChild size="lg" variant="accent">
            <Link href="/sign-up">
              {join} <ArrowRight className="size-4" aria-hidden />
            </Link>
          </Button>
          <Button asChild size="lg" variant="outline" className="border-white/40 bg-white/10 text-white hover:bg-white/20">
            <Link href="/sign-in">{signIn}</Link>
          </Button>
        </>
      )}
    </div>
  );
}
