'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { fail, invalid, ok, type ActionResult } from '@/lib/result';
import { precheckImage } from './process';
import { gallerySchema, galleryImageIdSchema, imageSlotSchema } from './schemas';
import * as media from './service';

function fileOf(form: FormData): ActionResult<File> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return fail('VALIDATION_FAILED', 'validation', { file: ['imageRequired'] });
  const error = precheckImage(file.size, null);
  return error ? fail('VALIDATION_FAILED', 'validation', { file: [error] }) : ok(file);
}

function refresh() {
  // Pictures appear on cards across the site (galleries, browse lists, the header's avatar).
  // Cached public pages also learn of covers and galleries from the database (lib/cache).
  revalidatePath('/', 'layout');
}

function badSubject(): ActionResult<never> {
  return fail('NOT_FOUND', 'mediaNotFound');
}

export async function uploadImageAction(_: ActionResult<media.StoredImage> | null, form: FormData): Promise<ActionResult<media.StoredImage>> {
  const target = imageSlotSchema.safeParse(Object.fromEntries(form));
  if (!target.success) return badSubject();
  const user = await requireUser();
  const file = fileOf(form);
  if (!file.ok) return file;
  const result = await media.replaceImage(user, target.data.slot, target.data.subjectId, file.data);
  if (result.ok) refresh();
  return result;
}

export async function clearImageAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const target = imageSlotSchema.safeParse(Object.fromEntries(form));
  if (!target.success) return badSubject();
  const user = await requireUser();
  const result = await media.clearImage(user, target.data.slot, target.data.subjectId);
  if (result.ok) refresh();
  return result;
}

export async function addGalleryImageAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const target = gallerySchema.safeParse(Object.fromEntries(form));
  if (!target.success) return badSubject();
  const user = await requireUser();
  const file = fileOf(form);
  if (!file.ok) return file;
  const result = await media.addGalleryImage(user, target.data.kind, target.data.subjectId, file.data);
  if (result.ok) refresh();
  return result;
}

export async function removeGalleryImageAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = galleryImageIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await media.removeGalleryImage(user, input.data.imageId);
  if (result.ok) refresh();
  return result;
}
