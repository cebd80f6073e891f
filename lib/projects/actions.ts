'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { fail, invalid, ok, type ActionResult } from '@/lib/result';
import { precheckImage } from '@/lib/media/process';
import { replaceImage } from '@/lib/media/service';
import {
  invitationResponseSchema,
  inviteSchema,
  milestoneIdSchema,
  milestoneSchema,
  projectIdSchema,
  projectSchema,
  transferSchema,
} from './schemas';
import * as projects from './service';

/** Form fields that may repeat (checkboxes) are read with getAll. */
function projectFields(form: FormData) {
  return { ...Object.fromEntries(form), sectors: form.getAll('sectors'), needs: form.getAll('needs') };
}

/** The uploaded logo, checked by size and type but not yet stored: it is written only once the change is allowed. */
function readLogo(form: FormData): ActionResult<File | null> {
  const file = form.get('logo');
  if (!(file instanceof File) || file.size === 0) return ok(null);
  const error = precheckImage(file.size, null);
  return error ? fail('VALIDATION_FAILED', 'validation', { logo: [error] }) : ok(file);
}

/** Stores the logo through lib/media; a picture sharp cannot read comes back as the logo field's error. */
async function saveLogo(user: Parameters<typeof replaceImage>[0], projectId: string, file: File): Promise<ActionResult> {
  const saved = await replaceImage(user, 'projectLogo', projectId, file);
  if (saved.ok) return ok();
  return saved.fieldErrors?.file ? fail('VALIDATION_FAILED', 'validation', { logo: saved.fieldErrors.file }) : saved;
}

export async function createProjectAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = projectSchema.safeParse(projectFields(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('project:create');
  const logo = readLogo(form);
  if (!logo.ok) return logo;
  const result = await projects.createProject(user, input.data);
  if (result.ok && logo.data) await saveLogo(user, result.data.id, logo.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function updateProjectAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const id = projectIdSchema.safeParse(Object.fromEntries(form));
  const input = projectSchema.safeParse(projectFields(form));
  if (!id.success) return invalid(id.error);
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const logo = readLogo(form);
  if (!logo.ok) return logo;
  const result = await projects.updateProject(user, id.data.projectId, input.data);
  if (result.ok && logo.data) {
    const replaced = await saveLogo(user, id.data.projectId, logo.data);
    if (!replaced.ok) return replaced;
  }
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

function done<T>(result: ActionResult<T>): ActionResult {
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function inviteMemberAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = inviteSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.inviteMember(user, input.data));
}

export async function respondToInvitationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = invitationResponseSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.respondToInvitation(user, input.data));
}

export async function cancelInvitationAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return done(await projects.cancelInvitation(user, String(form.get('invitationId') ?? '')));
}

export async function transferOwnershipAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = transferSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.transferOwnership(user, input.data));
}

export async function removeMemberAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = transferSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.removeMember(user, input.data));
}

export async function leaveProjectAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = projectIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.leaveProject(user, input.data.projectId));
}

export async function addMilestoneAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = milestoneSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.addMilestone(user, input.data));
}

export async function toggleMilestoneAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = milestoneIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.toggleMilestone(user, input.data.milestoneId));
}

export async function deleteMilestoneAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = milestoneIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.deleteMilestone(user, input.data.milestoneId));
}

export async function followProjectAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = projectIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return done(await projects.setFollowing(user, input.data.projectId, form.get('follow') === 'yes'));
}
