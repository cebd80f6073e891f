'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { invalid, ok, type ActionResult } from '@/lib/result';
import { checkoutSchema, pledgeIdSchema, pledgeSchema } from '@/lib/campaigns/schemas';
import * as pledges from './service';

export async function pledgeAction(_: ActionResult<{ id: string; replayed: boolean }> | null, form: FormData): Promise<ActionResult<{ id: string; replayed: boolean }>> {
  const input = pledgeSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await pledges.createPledge(user, { campaignId: input.data.campaignId, tierId: input.data.tierId, amountFen: input.data.amount, idempotencyKey: input.data.idempotencyKey });
  if (!result.ok) return result;
  revalidatePath(`/campaigns/${input.data.campaignId}`);
  return ok({ id: result.data.pledge.id, replayed: result.data.replayed });
}

export async function cancelPledgeAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = pledgeIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await pledges.cancelPledge(user, input.data.pledgeId);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

/** Checkout: the pledge with its payment method and, for a physical reward, the address. */
export async function checkoutAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = checkoutSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const { campaignId, tierId, amount, idempotencyKey, paymentMethod, shipName, shipPhone, shipAddress } = input.data;
  const result = await pledges.createPledge(user, {
    campaignId,
    tierId,
    amountFen: amount,
    idempotencyKey,
    paymentMethod,
    shipping: shipName || shipPhone || shipAddress ? { name: shipName, phone: shipPhone, address: shipAddress } : null,
  });
  if (!result.ok) return result;
  revalidatePath(`/campaigns/${campaignId}`);
  return ok({ id: result.data.pledge.id });
}
