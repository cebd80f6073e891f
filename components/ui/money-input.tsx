import type { ComponentProps } from 'react';
import { Input } from './input';
import { cn } from './cn';

/**
 * A yuan amount: a ¥ in front and the decimal keypad on phones. The props (id, aria-*) go to
 * the input itself, so a surrounding Field labels and describes it.
 */
export function MoneyInput({ className, ...props }: Omit<ComponentProps<'input'>, 'type' | 'inputMode'>) {
  return (
    <div className="relative">
      <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500" aria-hidden>
        ¥
      </span>
      <Input inputMode="decimal" autoComplete="off" className={cn('pl-7', className)} {...props} />
    </div>
  );
}
