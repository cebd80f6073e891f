'use client';

import dynamic from 'next/dynamic';
import type { ActionButton as ActionButtonType } from './action-button';

// ActionButton for the cached public pages, where it is shown to signed-in members only: its code
// (the form hook, toasts) is fetched when it is rendered, so it stays out of a visitor's first load.
export const ActionButton = dynamic(() => import('./action-button').then((m) => m.ActionButton)) as typeof ActionButtonType;
