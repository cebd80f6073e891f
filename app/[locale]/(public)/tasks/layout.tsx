/** The public side of tasks (board and task pages); each page below checks what it needs. The signed-in ones live in (app)/tasks. */
export default function TasksLayout({ children }: LayoutProps<'/[locale]/tasks'>) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>;
}
