import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';
import { Button } from './button';

/** The "more" link under a cursor-paginated list: a plain link, so it works before hydration. */
export function LoadMore({ href, label }: { href: ComponentProps<typeof Link>['href']; label: string }) {
  return (
    <div className="mt-6 flex justify-center">
      <Button asChild variant="outline">
        <Link href={href}>{label}</Link>
      </Button>
    </div>
  );
}
