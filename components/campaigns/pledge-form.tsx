'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { pledgeAction } from '@/lib/pledges/actions';
import { pledgeSchema } from '@/lib/campaigns/schemas';
import { fenToYuanText, formatFen } from '@/lib/campaigns/money';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';
import { useFieldState } from '@/components/ui/use-field-state';

type Tier = { id: string; title: string; description: string; amountFen: number; quantity: number | null; claimed: number; deliveryMonth: string | null };

/**
 * Pledge a custom amount or pick a tier. The idempotency key is made by the server for each
 * render of the form and renewed after a success, so a double click or a retry makes one pledge.
 */
export function PledgeForm({ campaignId, minPledgeFen, tiers, initialKey }: { campaignId: string; minPledgeFen: number; tiers: Tier[]; initialKey: string }) {
  const t = useTranslations('pledges');
  const locale = useLocale();
  const [key, setKey] = useState(initialKey);
  const [tierId, setTierId] = useState('');
  const [amount, setAmount, amountRef] = useFieldState(fenToYuanText(minPledgeFen));
  const [done, setDone] = useState(false);
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(pledgeSchema, pledgeAction, () => {
    toast.success(t('success'));
    setDone(true);
    setKey(crypto.randomUUID());
  });

  function pick(tier: Tier | null) {
    setTierId(tier?.id ?? '');
    setDone(false);
    if (tier) setAmount(fenToYuanText(Math.max(tier.amountFen, minPledgeFen)));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="pledge-form">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="tierId" value={tierId} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('chooseTier')}</legend>
        <TierOption selected={tierId === ''} onSelect={() => pick(null)} title={t('noReward')} description={t('noRewardBody', { min: formatFen(minPledgeFen, locale) })} />
        {tiers.map((tier) => {
          const left = tier.quantity === null ? null : tier.quantity - tier.claimed;
          const soldOut = left !== null && left <= 0;
          return (
            <TierOption
              key={tier.id}
              selected={tierId === tier.id}
              disabled={soldOut}
              onSelect={() => pick(tier)}
              title={`${formatFen(tier.amountFen, locale)} · ${tier.title}`}
              description={tier.description}
              meta={[
                left === null ? t('unlimited') : soldOut ? t('soldOut') : t('left', { n: left }),
                tier.deliveryMonth ? t('delivery', { month: tier.deliveryMonth }) : null,
              ]}
            />
          );
        })}
      </fieldset>
      <Field label={t('amount')} hint={t('amountHint')} errors={errors?.amount}>
        <Input ref={amountRef} name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoComplete="off" />
      </Field>
      <FormAlert message={formError} />
      {done && !formError && <Alert tone="success">{t('successBody')}</Alert>}
      <Button type="submit" size="lg" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? t('working') : t('submit')}
      </Button>
      <p className="text-xs text-slate-500">{t('allOrNothing')}</p>
    </form>
  );
}

function TierOption({ selected, disabled, onSelect, title, description, meta = [] }: { selected: boolean; disabled?: boolean; onSelect: () => void; title: string; description: string; meta?: (string | null)[] }) {
  return (
    <label
      className={cn(
        'flex cursor-pointer gap-3 rounded-xl border p-3 text-sm transition',
        selected ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500' : 'border-slate-200 hover:border-slate-300',
        disabled && 'cursor-not-allowed opacity-60',
      )}
    >
      <input type="radio" name="tierChoice" className="mt-1" checked={selected} disabled={disabled} onChange={onSelect} />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{title}</span>
        {description && <span className="mt-0.5 block text-slate-600">{description}</span>}
        {meta.filter(Boolean).length > 0 && <span className="mt-1 block text-xs text-slate-500">{meta.filter(Boolean).join(' · ')}</span>}
      </span>
    </label>
  );
}
