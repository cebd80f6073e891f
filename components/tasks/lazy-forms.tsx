'use client';

import dynamic from 'next/dynamic';

// A task page's forms, shown to signed-in members only (its personal slots): fetched when they are
// rendered, so their code (zod schemas, dialogs, toasts) stays out of a visitor's first load.
export const ApplyForm = dynamic(() => import('./task-work-forms').then((m) => m.ApplyForm));
export const SubmitWorkForm = dynamic(() => import('./task-work-forms').then((m) => m.SubmitWorkForm));
export const ReviewForm = dynamic(() => import('./task-work-forms').then((m) => m.ReviewForm));
export const DisputeForm = dynamic(() => import('./task-work-forms').then((m) => m.DisputeForm));
export const ResolveDisputeForm = dynamic(() => import('./task-work-forms').then((m) => m.ResolveDisputeForm));
export const ApprovalButtons = dynamic(() => import('./approval-buttons').then((m) => m.ApprovalButtons));
