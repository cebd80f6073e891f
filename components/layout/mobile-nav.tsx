'use client';

import { Menu } from 'lucide-react';
import { useState } from 'react';
import { Link } from '@/i18n/navigation';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';

export function MobileNav({ items, menuLabel, closeLabel }: { items: { href: string; label: string }[]; menuLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="rounded-lg p-2 text-slate-700 hover:bg-slate-100 md:hidden" aria-label={menuLabel}>
        <Menu className="size-5" aria-hidden />
      </DialogTrigger>
      <DialogContent title={menuLabel} closeLabel={closeLabel}>
        <nav aria-label={menuLabel} className="flex flex-col">
          {items.map((i) => (
            <Link key={i.href} href={i.href} onClick={() => setOpen(false)} className="rounded-lg px-3 py-3 text-base text-slate-800 hover:bg-slate-100">
              {i.label}
            </Link>
          ))}
        </nav>
      </DialogContent>
    </Dialog>
  );
}
