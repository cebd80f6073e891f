/** The events area is public; each page below checks what it needs. */
export default function EventsLayout({ children }: LayoutProps<'/[locale]/events'>) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>;
}
