'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { saveCampaignAction } from '@/lib/campaigns/actions';
import { campaignSchema } from '@/lib/campaigns/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

const TIER_ROWS = 3;
const FAQ_ROWS = 2;

export type CampaignFormValues = {
  campaignId?: string;
  projectId: string;
  title: string;
  story: string;
  goal: string;
  minPledge: string;
  durationDays: string;
  startsAt: string;
  tiers: { title: string; description: string; amount: string; quantity: string; month: string }[];
  faq: { q: string; a: string }[];
};

export function CampaignForm({ projects, values }: { projects: { id: string; name: string }[]; values?: CampaignFormValues }) {
  const t = useTranslations('campaigns.form');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(campaignSchema, saveCampaignAction, (data) => {
    toast.success(t('saved'));
    router.push(`/campaigns/${data.id}`);
  });
  const e = (k: string) => errors?.[k];
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
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('goal')} hint={t('yuanHint')} errors={e('goal')} required>
            <Input name="goal" inputMode="decimal" defaultValue={values?.goal} />
          </Field>
          <Field label={t('minPledge')} hint={t('yuanHint')} errors={e('minPledge')} required>
            <Input name="minPledge" inputMode="decimal" defaultValue={values?.minPledge ?? '1'} />
          </Field>
          <Field label={t('durationDays')} hint={t('durationHint')} errors={e('durationDays')} required>
            <Input name="durationDays" type="number" min={1} max={60} defaultValue={values?.durationDays ?? '30'} />
          </Field>
          <Field label={t('startsAt')} hint={t('startsAtHint')} errors={e('startsAt')}>
            <Input name="startsAt" type="datetime-local" defaultValue={values?.startsAt} />
          </Field>
        </div>
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">{t('tiers')}</h2>
        <p className="text-sm text-slate-500">{t('tiersHint')}</p>
        {Array.from({ length: TIER_ROWS }, (_, i) => {
          const v = values?.tiers[i];
          return (
            <fieldset key={i} className="grid gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-2">
              <legend className="px-1 text-sm font-medium text-slate-700">{t('tierN', { n: i + 1 })}</legend>
              <Field label={t('tierTitle')} errors={e(`tiers.${i}.title`)}>
                <Input name={`tier${i}Title`} defaultValue={v?.title} />
              </Field>
              <Field label={t('tierAmount')} hint={t('yuanHint')} errors={e(`tiers.${i}.amount`) ?? e(`tier${i}Amount`)}>
                <Input name={`tier${i}Amount`} inputMode="decimal" defaultValue={v?.amount} />
              </Field>
              <Field label={t('tierQuantity')} hint={t('tierQuantityHint')} errors={e(`tiers.${i}.quantity`)}>
                <Input name={`tier${i}Quantity`} type="number" min={1} defaultValue={v?.quantity} />
              </Field>
              <Field label={t('tierMonth')} errors={e(`tiers.${i}.deliveryMonth`)}>
                <Input name={`tier${i}Month`} type="month" defaultValue={v?.month} />
              </Field>
              <div className="sm:col-span-2">
                <Field label={t('tierDescription')} errors={e(`tiers.${i}.description`)}>
                  <Textarea name={`tier${i}Description`} rows={2} defaultValue={v?.description} />
                </Field>
              </div>
            </fieldset>
          );
        })}
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">{t('faq')}</h2>
        {Array.from({ length: FAQ_ROWS }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <Field label={t('faqQ', { n: i + 1 })} errors={e(`faq.${i}.q`)}>
              <Input name={`faq${i}Q`} defaultValue={values?.faq[i]?.q} />
            </Field>
            <Field label={t('faqA')} errors={e(`faq.${i}.a`)}>
              <Input name={`faq${i}A`} defaultValue={values?.faq[i]?.a} />
            </Field>
          </div>
        ))}
      </section>

      <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
