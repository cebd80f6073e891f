import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export function AuthCard({ title, subtitle, children, wide }: { title: string; subtitle: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className="bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10 sm:py-16">
      <div className={cn('mx-auto rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8', wide ? 'max-w-xl' : 'max-w-md')}>
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        <p className="mb-6 mt-1 text-slate-600">{subtitle}</p>
        {children}
      </div>
    </div>
  );
}
