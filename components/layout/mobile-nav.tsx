'use client';

import { Menu, X } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * The site menu on small screens, in a native modal <dialog>: the browser keeps focus inside,
 * closes it on Esc and hands focus back to the button. It ships on every page, so it carries no
 * dialog library.
 */
export function MobileNav({
  items,
  menuLabel,
  closeLabel,
  extra = [],
}: {
  items: { href: string; label: string }[];
  menuLabel: string;
  closeLabel: string;
  /** Sign-in and sign-up for a visitor, below the items. */
  extra?: { href: string; label: string }[];
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        className="shrink-0 rounded-lg p-2 text-slate-700 hover:bg-slate-100 md:hidden"
        aria-label={menuLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
      >
        <Menu className="size-5" aria-hidden />
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        onClick={(e) => {
          if (e.target === e.currentTarget) close();
        }}
        className="fixed inset-x-3 bottom-3 top-auto m-0 max-h-[85vh] w-auto max-w-none overflow-y-auto rounded-2xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 backdrop:backdrop-blur-[1px] sm:inset-x-auto sm:bottom-auto sm:left-1/2 sm:top-1/2 sm:w-full sm:max-w-md sm:-translate-x-1/2 sm:-translate-y-1/2"
      >
        <div className="p-5">
          <div className="mb-4 flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-lg font-semibold">
              {menuLabel}
            </h2>
            <button type="button" onClick={close} className="rounded-lg p-1 text-slate-500 hover:bg-slate-100" aria-label={closeLabel}>
              <X className="size-5" aria-hidden />
            </button>
          </div>
          <nav aria-label={menuLabel} className="flex flex-col">
            {items.map((i) => (
              <Link key={i.href} href={i.href} onClick={close} className="rounded-lg px-3 py-3 text-base text-slate-800 hover:bg-slate-100">
                {i.label}
              </Link>
            ))}
            {extra.length > 0 && <hr className="my-2 border-slate-200" />}
            {extra.map((i) => (
              <Link key={i.href} href={i.href} onClick={close} className="rounded-lg px-3 py-3 text-base font-medium text-brand-700 hover:bg-slate-100">
                {i.label}
              </Link>
            ))}
          </nav>
        </div>
      </dialog>
    </>
  );
}
