'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { buttonVariants } from '@/components/ui/button-variants';
import { EmptyState } from '@/components/ui/empty-state';

// The status is not ours to set here: a client error boundary renders after the server chose it.
// An error thrown inside a loading boundary (most signed-in pages) arrives after the 200 status
// was streamed, so that response stays 200 with this page as its body. Only the layouts' scoped
// checks run above the loading boundaries, and they decide 404s, not 500s.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <h1 className="sr-only">{t('title')}</h1>
      <EmptyState
        icon={TriangleAlert}
        title={t('title')}
        description={t('body')}
        action={
          // buttonVariants, not <Button>: the error boundary ships on every page, and a plain button
          // needs no class merging (tailwind-merge) in the browser.
          <button type="button" className={buttonVariants()} onClick={reset}>
            {t('retry')}
          </button>
        }
      />
    </div>
  );
}
