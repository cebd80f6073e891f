'use client';

import dynamic from 'next/dynamic';
import type { ActionButton as ActionButtonType } from './action-button';
import type { PledgeForm as PledgeFormType } from './pledge-form';
import type { TextForm as TextFormType } from './text-form';

// The campaign page's forms are shown to signed-in members only (pledging, commenting, owner and
// operator tools). Loaded on demand, their code (zod schemas, toasts) stays out of a visitor's
// first load; a member's page still renders them on the server. The casts keep the generic props.
export const PledgeForm = dynamic(() => import('./pledge-form').then((m) => m.PledgeForm)) as typeof PledgeFormType;
export const TextForm = dynamic(() => import('./text-form').then((m) => m.TextForm)) as typeof TextFormType;
export const ActionButton = dynamic(() => import('./action-button').then((m) => m.ActionButton)) as typeof ActionButtonType;
export const ModerateButtons = dynamic(() => import('@/components/moderation/moderate-buttons').then((m) => m.ModerateButtons));
