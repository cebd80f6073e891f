'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { EMAIL_FREQUENCIES, type ChannelSetting, type EmailFrequencySetting, type NotificationCategory } from '@/lib/notifications/kinds';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

type Row = { kind: string; label: string; category: NotificationCategory; setting: ChannelSetting; locked: boolean };

/** The kind x channel matrix (one checkbox per channel) and the e-mail frequency. */
export function PreferencesForm({
  rows,
  emailFrequency,
  action,
}: {
  rows: Row[];
  emailFrequency: EmailFrequencySetting;
  action: (state: ActionResult | null, form: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations('notifications');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, action, () => toast.success(t('saved')));
  const categories = ['transactional', 'activity', 'queue'] as const;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={formError} />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">{t('frequency')}</legend>
        <p className="text-sm text-slate-600">{t('frequencyHint')}</p>
        <div className="flex flex-wrap gap-4">
          {EMAIL_FREQUENCIES.map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input type="radio" name="emailFrequency" value={f} defaultChecked={emailFrequency === f} className="size-4" />
              {t(`freq${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {categories.map((c) => {
        const list = rows.filter((r) => r.category === c);
        if (list.length === 0) return null;
        return (
          <div key={c} className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="mb-2 text-left font-semibold text-slate-900">{t(`categories.${c}`)}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">{t('kind')}</th>
                  <th scope="col" className="w-28 py-2 pr-4 font-medium">{t('inApp')}</th>
                  <th scope="col" className="w-28 py-2 font-medium">{t('email')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.map((r) => {
                  const inApp = r.locked || r.setting === 'ALL' || r.setting === 'IN_APP';
                  const email = r.setting === 'ALL' || r.setting === 'EMAIL';
                  return (
                    <tr key={r.kind}>
                      <th scope="row" className="py-2 pr-4 text-left font-normal text-slate-800">{r.label}</th>
                      <td className="py-2 pr-4">
                        <label className="flex items-center gap-2">
                          <input
                            type="checkbox"
                            name={`inApp:${r.kind}`}
                            defaultChecked={inApp}
                            disabled={r.locked}
                            className="size-4"
                            aria-label={`${r.label}: ${t('inApp')}`}
                          />
                          {r.locked && (
                            <>
                              <input type="hidden" name={`inApp:${r.kind}`} value="on" />
                              <span className="text-xs text-slate-500">{t('locked')}</span>
                            </>
                          )}
                        </label>
                      </td>
                      <td className="py-2">
                        <input type="checkbox" name={`email:${r.kind}`} defaultChecked={email} className="size-4" aria-label={`${r.label}: ${t('email')}`} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t('save')}
      </Button>
    </form>
  );
}
