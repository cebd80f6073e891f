'use client';

import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { saveCampaignAction } from '@/lib/campaigns/actions';
import { campaignSchema } from '@/lib/campaigns/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { MoneyInput } from '@/components/ui/money-input';
import { useFormAction } from '@/components/ui/use-form-action';

import { MAX_FAQ, MAX_TIERS } from '@/lib/campaigns/schemas';

type TierValues = { title: string; description: string; amount: string; quantity: string; month: string; ships?: boolean };
type FaqValues = { q: string; a: string };

/** Rows the founder adds and removes; each keeps a stable key so typed text stays with its row. */
function useRows<T>(initial: T[], blank: T, atLeast: number) {
  const [rows, setRows] = useState(() => {
    const start = initial.length > 0 ? initial : Array.from({ length: atLeast }, () => blank);
    return start.map((v, i) => ({ key: i, v }));
  });
  const [next, setNext] = useState(rows.length);
  return {
    rows,
    add: () => {
      setRows((r) => [...r, { key: next, v: blank }]);
      setNext((n) => n + 1);
    },
    remove: (key: number) => setRows((r) => r.filter((row) => row.key !== key)),
  };
}

export type CampaignFormValues = {
  campaignId?: string;
  projectId: string;
  title: string;
  story: string;
  risks?: string;
  goal: string;
  minPledge: string;
  durationDays: string;
  startsAt: string;
  tiers: TierValues[];
  faq: FaqValues[];
};

/** `zone`: the clock the start is typed on, as the page names it (formatZone). */
export function CampaignForm({ projects, values, zone }: { projects: { id: string; name: string }[]; values?: CampaignFormValues; zone: string }) {
  const t = useTranslations('campaigns.form');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(campaignSchema, saveCampaignAction, (data) => {
    toast.success(t('saved'));
    router.push(`/campaigns/${data.id}/manage`);
  });
  const e = (k: string) => errors?.[k];
  const tiers = useRows<TierValues>(values?.tiers ?? [], { title: '', description: '', amount: '', quantity: '', month: '' }, 1);
  const faq = useRows<FaqValues>(values?.faq ?? [], { q: '', a: '' }, 1);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {values?.campaignId && <input type="hidden" name="campaignId" value={values.campaignId} />}
      <FormAlert message={formError} />
      <section className="space-y-4">
        <Field label={t('project')} errors={e('projectId')} required>
          <Select name="projectId" defaultValue={values?.projectId ?? projects[0]?.id}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('title')} errors={e('title')} required>
          <Input name="title" defaultValue={values?.title} maxLength={80} />
        </Field>
        <Field label={t('story')} hint={t('storyHint')} errors={e('story')}>
          <Textarea name="story" rows={8} defaultValue={values?.story} />
        </Field>
        <Field label={t('risks')} hint={t('risksHint')} errors={e('risks')}>
          <Textarea name="risks" rows={4} defaultValue={values?.risks} maxLength={5000} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('goal')} hint={t('yuanHint')} errors={e('goal')} required>
            <MoneyInput name="goal" defaultValue={values?.goal} />
          </Field>
          <Field label={t('minPledge')} hint={t('yuanHint')} errors={e('minPledge')} required>
            <MoneyInput name="minPledge" defaultValue={values?.minPledge ?? '1'} />
          </Field>
          <Field label={t('durationDays')} hint={t('durationHint')} errors={e('durationDays')} required>
            <Input name="durationDays" type="number" min={1} max={60} defaultValue={values?.durationDays ?? '30'} />
          </Field>
          <Field label={t('startsAt')} hint={t('startsAtHint', { zone })} errors={e('startsAt')}>
            <Input name="startsAt" type="datetime-local" defaultValue={values?.startsAt} />
          </Field>
        </div>
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">{t('tiers')}</h2>
        <p className="text-sm text-slate-500">{t('tiersHint')}</p>
        {tiers.rows.map(({ key, v }, i) => (
          <fieldset key={key} className="grid gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium text-slate-700">{t('tierN', { n: i + 1 })}</legend>
            <Field label={t('tierTitle')} errors={e(`tiers.${i}.title`)}>
              <Input name={`tier${i}Title`} defaultValue={v.title} />
            </Field>
            <Field label={t('tierAmount')} hint={t('yuanHint')} errors={e(`tiers.${i}.amount`) ?? e(`tier${i}Amount`)}>
              <MoneyInput name={`tier${i}Amount`} defaultValue={v.amount} />
            </Field>
            <Field label={t('tierQuantity')} hint={t('tierQuantityHint')} errors={e(`tiers.${i}.quantity`)}>
              <Input name={`tier${i}Quantity`} type="number" min={1} defaultValue={v.quantity} />
            </Field>
            <Field label={t('tierMonth')} errors={e(`tiers.${i}.deliveryMonth`)}>
              <Input name={`tier${i}Month`} type="month" defaultValue={v.month} />
            </Field>
            <div className="sm:col-span-2">
              <Field label={t('tierDescription')} errors={e(`tiers.${i}.description`)}>
                <Textarea name={`tier${i}Description`} rows={2} defaultValue={v.description} />
              </Field>
            </div>
            <div className="flex flex-wrap items-center justify-between gap-2 sm:col-span-2">
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name={`tier${i}Ships`} defaultChecked={v.ships} className="size-4" />
                {t('tierShips')}
              </label>
              <Button type="button" variant="ghost" size="sm" onClick={() => tiers.remove(key)}>
                <Trash2 className="size-4" aria-hidden /> {t('removeTier', { n: i + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        {tiers.rows.length < MAX_TIERS && (
          <Button type="button" variant="outline" size="sm" onClick={tiers.add}>
            <Plus className="size-4" aria-hidden /> {t('addTier')}
          </Button>
        )}
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">{t('faq')}</h2>
        {faq.rows.map(({ key, v }, i) => (
          <div key={key} className="grid gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-2">
            <Field label={t('faqQ', { n: i + 1 })} errors={e(`faq.${i}.q`)}>
              <Input name={`faq${i}Q`} defaultValue={v.q} />
            </Field>
            <Field label={t('faqA')} errors={e(`faq.${i}.a`)}>
              <Input name={`faq${i}A`} defaultValue={v.a} />
            </Field>
            <div className="sm:col-span-2">
              <Button type="button" variant="ghost" size="sm" onClick={() => faq.remove(key)}>
                <Trash2 className="size-4" aria-hidden /> {t('removeFaq', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        {faq.rows.length < MAX_FAQ && (
          <Button type="button" variant="outline" size="sm" onClick={faq.add}>
            <Plus className="size-4" aria-hidden /> {t('addFaq')}
          </Button>
        )}
      </section>

      <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
