'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { checkoutAction } from '@/lib/pledges/actions';
import { checkoutSchema } from '@/lib/campaigns/schemas';
import { fenToYuanText, parseYuanToFen } from '@/lib/campaigns/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@/lib/payments/methods';
import { formatMoney, formatMonth } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Textarea } from '@/components/ui/input';
import { MoneyInput } from '@/components/ui/money-input';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';
import { useFieldState } from '@/components/ui/use-field-state';

export type CheckoutTier = { id: string; title: string; description: string; amountFen: number; quantity: number | null; claimed: number; deliveryMonth: string | null; shipsPhysical: boolean };

/**
 * Checkout in three steps on one page: the reward and amount, where a physical reward goes, and
 * how to pay, with the summary beside them. A success replaces this page with the receipt (the
 * history entry too), so nothing filled in is left inviting a second pledge.
 */
export function CheckoutForm({ campaign, tiers, initialTierId, idempotencyKey }: { campaign: { id: string; title: string; minPledgeFen: number }; tiers: CheckoutTier[]; initialTierId: string; idempotencyKey: string }) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  const router = useRouter();
  const [tierId, setTierId] = useState(initialTierId);
  const tier = tiers.find((x) => x.id === tierId) ?? null;
  const [amount, setAmount, amountRef] = useFieldState(fenToYuanText(Math.max(tier?.amountFen ?? 0, campaign.minPledgeFen)));
  const [method, setMethod] = useState<PaymentMethod | ''>('');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(checkoutSchema, checkoutAction, (data) => {
    router.replace(`/pledges/${data.id}`);
  });
  const ships = tier?.shipsPhysical ?? false;
  const fen = parseYuanToFen(amount, Number.MAX_SAFE_INTEGER);

  function pick(next: CheckoutTier | null) {
    setTierId(next?.id ?? '');
    setAmount(fenToYuanText(Math.max(next?.amountFen ?? 0, campaign.minPledgeFen)));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-3" data-testid="checkout-form">
      <input type="hidden" name="campaignId" value={campaign.id} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="tierId" value={tierId} />
      <input type="hidden" name="ships" value={ships ? '1' : ''} />
      <div className="space-y-6 lg:col-span-2">
        <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-semibold text-slate-900">{t('stepReward')}</legend>
          <Choice name="tierChoice" selected={tierId === ''} onSelect={() => pick(null)} title={t('noReward')} body={t('noRewardBody', { min: formatMoney(campaign.minPledgeFen, locale) })} />
          {tiers.map((x) => {
            const left = x.quantity === null ? null : x.quantity - x.claimed;
            const soldOut = left !== null && left <= 0;
            return (
              <Choice
                key={x.id}
                name="tierChoice"
                selected={tierId === x.id}
                disabled={soldOut}
                onSelect={() => pick(x)}
                title={`${formatMoney(x.amountFen, locale)} · ${x.title}`}
                body={x.description}
                meta={[
                  t('backers', { n: x.claimed }),
                  left === null ? t('unlimited') : soldOut ? t('soldOut') : t('left', { n: left }),
                  x.deliveryMonth ? t('delivery', { month: formatMonth(x.deliveryMonth, locale) }) : null,
                  x.shipsPhysical ? t('ships') : null,
                ]}
              />
            );
          })}
          <Field label={t('amount')} hint={tier ? t('amountHintTier', { min: formatMoney(tier.amountFen, locale) }) : t('amountHint', { min: formatMoney(campaign.minPledgeFen, locale) })} errors={errors?.amount}>
            <MoneyInput ref={amountRef} name="amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </Field>
        </fieldset>

        {ships && (
          <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4">
            <legend className="px-1 text-base font-semibold text-slate-900">{t('stepShipping')}</legend>
            <p className="text-sm text-slate-600">{t('shippingLead')}</p>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t('shipName')} errors={errors?.shipName} required>
                <Input name="shipName" autoComplete="shipping name" maxLength={60} />
              </Field>
              <Field label={t('shipPhone')} errors={errors?.shipPhone} required>
                <Input name="shipPhone" type="tel" inputMode="tel" autoComplete="shipping tel" maxLength={30} />
              </Field>
            </div>
            <Field label={t('shipAddress')} hint={t('shipAddressHint')} errors={errors?.shipAddress} required>
              <Textarea name="shipAddress" rows={2} autoComplete="shipping street-address" maxLength={300} />
            </Field>
          </fieldset>
        )}

        <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4" aria-describedby={errors?.paymentMethod ? 'payment-error' : undefined}>
          <legend className="px-1 text-base font-semibold text-slate-900">{t('stepPayment')}</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {PAYMENT_METHODS.map((m) => (
              <Choice key={m} name="paymentMethod" value={m} selected={method === m} onSelect={() => setMethod(m)} title={t(`method.${m}`)} body={t(`methodBody.${m}`)} />
            ))}
          </div>
          {errors?.paymentMethod && (
            <p id="payment-error" role="alert" className="text-sm text-red-600">
              {t('choosePayment')}
            </p>
          )}
          <p className="text-xs text-slate-500">{t('sandboxNote')}</p>
        </fieldset>
      </div>

      <aside className="lg:sticky lg:top-20 lg:self-start">
        <section aria-labelledby="summary-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="summary-title" className="text-base font-semibold text-slate-900">
            {t('summary')}
          </h2>
          <dl className="space-y-2 text-sm">
            <Row label={t('campaign')} value={campaign.title} />
            <Row label={t('reward')} value={tier ? tier.title : t('noRewardShort')} />
            {tier?.deliveryMonth && <Row label={t('deliveryLabel')} value={formatMonth(tier.deliveryMonth, locale)} />}
            <Row label={t('payment')} value={method ? t(`method.${method}`) : t('notChosen')} />
            <Row label={t('total')} value={fen !== null && fen > 0 ? formatMoney(fen, locale) : '—'} strong />
          </dl>
          <FormAlert message={formError} />
          <Button type="submit" size="lg" className="w-full" disabled={pending} aria-busy={pending}>
            {pending ? t('working') : fen !== null && fen > 0 ? t('payAmount', { amount: formatMoney(fen, locale) }) : t('pay')}
          </Button>
          <p className="text-xs text-slate-500">{t('allOrNothing')}</p>
        </section>
      </aside>
    </form>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-500">{label}</dt>
      <dd className={cn('text-right text-slate-900', strong && 'text-lg font-semibold')}>{value}</dd>
    </div>
  );
}

function Choice({ name, value, selected, disabled, onSelect, title, body, meta = [] }: { name: string; value?: string; selected: boolean; disabled?: boolean; onSelect: () => void; title: string; body?: string; meta?: (string | null)[] }) {
  const shown = meta.filter(Boolean);
  return (
    <label
      className={cn(
        'flex cursor-pointer gap-3 rounded-xl border p-3 text-sm transition',
        selected ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500' : 'border-slate-200 hover:border-slate-300',
        disabled && 'cursor-not-allowed opacity-60',
      )}
    >
      <input type="radio" name={name} value={value} className="mt-1" checked={selected} disabled={disabled} onChange={onSelect} />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{title}</span>
        {body && <span className="mt-0.5 block text-slate-600">{body}</span>}
        {shown.length > 0 && <span className="mt-1 block text-xs text-slate-600">{shown.join(' · ')}</span>}
      </span>
    </label>
  );
}
