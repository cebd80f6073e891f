import type { ComponentProps } from 'react';
import { cn } from './cn';

export function Table({ className, ...props }: ComponentProps<'table'>) {
  return (
    <div className="overflow-x-auto">
      <table className={cn('w-full min-w-[36rem] text-left text-sm', className)} {...props} />
    </div>
  );
}
export function Th({ className, ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={cn('border-b border-slate-200 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500', className)} {...props} />;
}
export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('border-b border-slate-100 px-3 py-3 align-top', className)} {...props} />;
}
