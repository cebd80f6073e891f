import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

/** The public side of tasks (board and task pages); each page below checks what it needs. The signed-in ones live in (app)/tasks. */
export default async function TasksLayout({ children, params }: LayoutProps<'/[locale]/tasks'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ClientMessages scope="public/tasks">
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
