import { ClientMessages } from '@/i18n/client-messages';

/** The public side of tasks (board and task pages); each page below checks what it needs. The signed-in ones live in (app)/tasks. */
export default function TasksLayout({ children, params }: LayoutProps<'/[locale]/tasks'>) {
  return (
    <ClientMessages scope="public/tasks" params={params}>
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
