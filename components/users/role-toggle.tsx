'use client';

import { Check, Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { toast } from 'sonner';
import { setRoleAction } from '@/lib/users/actions';
import { useErrorText } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';

/** One role chip of the admin's users table: pressing it grants or revokes that role. */
export function RoleToggle({ userId, userName, role, held, disabled }: { userId: string; userName: string; role: string; held: boolean; disabled?: boolean }) {
  const t = useTranslations('users');
  const tr = useTranslations('roles');
  const errorText = useErrorText();
  const { pending, onSubmit, formAction, state } = useFormAction(null, setRoleAction, () =>
    toast.success(held ? t('revoked', { role: tr(role), name: userName }) : t('granted', { role: tr(role), name: userName })),
  );
  useEffect(() => {
    if (state && !state.ok) toast.error(errorText(state.message));
  }, [state, errorText]);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="grant" value={held ? 'false' : 'true'} />
      <button
        type="submit"
        disabled={disabled || pending}
        aria-pressed={held}
        aria-label={held ? t('revokeLabel', { role: tr(role), name: userName }) : t('grantLabel', { role: tr(role), name: userName })}
        className={cn(
          'inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50',
          held ? 'border-brand-200 bg-brand-50 text-brand-700 hover:bg-brand-100' : 'border-dashed border-slate-300 text-slate-500 hover:border-slate-400 hover:text-slate-700',
        )}
      >
        {held ? <Check className="size-3" aria-hidden /> : <Plus className="size-3" aria-hidden />}
        {tr(role)}
      </button>
    </form>
  );
}
