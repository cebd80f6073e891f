/** The tasks area is public; each page below checks what it needs. */
export default function TasksLayout({ children }: LayoutProps<'/[locale]/tasks'>) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>;
}
