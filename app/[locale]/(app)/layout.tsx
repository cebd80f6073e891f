import { requireUser } from '@/lib/auth/session';

// Signed-in area. This check is convenience (a signed-out visitor goes to sign-in);
// every page and action below checks again for what it needs.
export default async function AppLayout({ children }: LayoutProps<'/[locale]'>) {
  await requireUser();
  return <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>;
}
