'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { buttonVariants } from '@/components/ui/button-variants';
import { EmptyState } from '@/components/ui/empty-state';

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
