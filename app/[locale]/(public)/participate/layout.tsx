/** Consultations, proposals and results are public; members-only consultations need an account. */
export default function ParticipateLayout({ children }: LayoutProps<'/[locale]/participate'>) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>;
}
