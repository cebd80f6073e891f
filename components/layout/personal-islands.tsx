'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { useViewer } from '@/components/layout/use-viewer';

export type PersonalSlots = Record<string, ReactNode>;

const Slots = createContext<PersonalSlots | null>(null);

/**
 * Holds a cached page's personal parts: for a signed-in member, asks the server (one server
 * action, the member's own cookie) for them once the page is shown, and again whenever the
 * page's public data changes (`version`, after a pledge or a comment). A visitor asks nothing.
 */
export function PersonalIslands({ load, version, children }: { load: () => Promise<PersonalSlots | null>; version: string; children: ReactNode }) {
  const viewer = useViewer();
  const [slots, setSlots] = useState<PersonalSlots | null>(null);
  const signedIn = !!viewer?.user;
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    // A member who follows a link before this answers leaves the page while the request waits its
    // turn behind the navigation; it then reaches a page that has no such action and fails. The
    // page is gone, and so is the need: nothing to show. On this page a failure keeps the
    // visitor's parts.
    load().then(
      (s) => {
        if (live) setSlots(s);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [signedIn, load, version]);
  return <Slots.Provider value={signedIn ? slots : null}>{children}</Slots.Provider>;
}

/** One personal part: the member's version once loaded, the visitor's (server-rendered) until then. */
export function PersonalSlot({ name, children }: { name: string; children?: ReactNode }) {
  const slots = useContext(Slots);
  return <>{slots ? slots[name] : children}</>;
}

/** Shown to the team and operators on the public page: their tools are on the management view. */
export function ManageNotice({ href, text, link }: { href: string; text: string; link: string }) {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900">
      <span>{text}</span>
      <Link href={href} className="font-medium text-brand-700 underline">
        {link}
      </Link>
    </p>
  );
}
