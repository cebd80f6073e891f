import { Compass } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PrivatePageRedirect } from '@/components/layout/private-page-redirect';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <h1 className="sr-only">{t('title')}</h1>
      <PrivatePageRedirect />
      <EmptyState
        icon={Compass}
        title={t('title')}
        description={t('body')}
        action={
          <Button asChild>
            <Link href="/">{t('home')}</Link>
          </Button>
        }
      />
    </div>
  );
}
