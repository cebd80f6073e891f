import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { storage, type Storage } from '@/lib/storage';
import { requireOwner as requireProjectOwner } from '@/lib/projects/service';
import { requireCampaignOwner } from '@/lib/campaigns/service';
import { processImage, type ProcessedImage } from './process';
import { variantKeysOf, type GalleryKindName, type ImageSlot } from './pictures';

export type Upload = Uint8Array | Blob;

/** The row and column each slot lives in (constants, never input: safe to splice into SQL). */
const SLOT_COLUMN = {
  projectLogo: { table: 'Project', column: 'logoKey' },
  projectCover: { table: 'Project', column: 'coverKey' },
  campaignCover: { table: 'Campaign', column: 'coverKey' },
  eventCover: { table: 'Event', column: 'coverKey' },
  resourcePhoto: { table: 'Resource', column: 'photoKey' },
  avatar: { table: 'User', column: 'avatarKey' },
} as const satisfies Record<ImageSlot, { table: string; column: string }>;

type Subject = 'project' | 'campaign' | 'event' | 'resource' | 'user';
const SUBJECT_OF_SLOT = {
  projectLogo: 'project',
  projectCover: 'project',
  campaignCover: 'campaign',
  eventCover: 'event',
  resourcePhoto: 'resource',
  avatar: 'user',
} as const satisfies Record<ImageSlot, Subject>;
const SUBJECT_OF_GALLERY = { PROJECT: 'project', CAMPAIGN: 'campaign' } as const satisfies Record<GalleryKindName, Subject>;

/**
 * Who may change a subject's pictures, by each domain's own rule: a project's owner (its
 * campaigns too), an operator for events and resources, a member for their own avatar. Anything
 * the actor may not see or change answers NOT_FOUND (or throws ForbiddenError, also a 404).
 */
async function authorize(actor: Actor, subject: Subject, subjectId: string): Promise<ActionResult> {
  switch (subject) {
    case 'project':
      return requireProjectOwner(actor, subjectId);
    case 'campaign': {
      const guard = await requireCampaignOwner(actor, subjectId);
      return guard.ok ? ok() : guard;
    }
    case 'event':
      assertCan(actor, 'event:manage');
      return (await db.event.count({ where: { id: subjectId } })) ? ok() : fail('NOT_FOUND', 'eventNotFound');
    case 'resource':
      assertCan(actor, 'space:operate');
      return (await db.resource.count({ where: { id: subjectId } })) ? ok() : fail('NOT_FOUND', 'mediaNotFound');
    case 'user':
      return subjectId === actor.id ? ok() : fail('NOT_FOUND', 'mediaNotFound');
  }
}

function invalidImage(error: string) {
  return fail('VALIDATION_FAILED', 'validation', { file: [error] });
}

/** Writes every web size of a processed picture; a failure removes what was written. */
export async function storeImage(files: Storage, image: ProcessedImage) {
  try {
    await Promise.all(image.files.map((f) => files.put(f.key, f.bytes, 'image/webp')));
  } catch (error) {
    await removeKey(files, image.key);
    throw error;
  }
}

/** Deletes every stored size of a picture; a failure is logged, never shown to the member. */
export async function removeKey(files: Storage, key: string) {
  await Promise.all(variantKeysOf(key).map((k) => files.remove(k).catch((e: unknown) => console.error('[media] could not delete', k, e))));
}

export type StoredImage = { key: string; width: number; height: number };

/**
 * Replaces the picture in one slot. Authorized first, processed in memory, and only then written;
 * the previous picture's files are deleted once the new key is committed. The row lock orders
 * concurrent replacements, so each deletes exactly the picture it replaced.
 */
export async function replaceImage(actor: Actor, slot: ImageSlot, subjectId: string, upload: Upload, files: Storage = storage): Promise<ActionResult<StoredImage>> {
  const guard = await authorize(actor, SUBJECT_OF_SLOT[slot], subjectId);
  if (!guard.ok) return guard;
  const processed = await processImage(upload);
  if (!processed.ok) return invalidImage(processed.error);
  const image = processed.image;
  await storeImage(files, image);
  let previous: string | null | undefined;
  try {
    previous = await swapKey(actor, slot, subjectId, image.key);
  } catch (error) {
    await removeKey(files, image.key);
    throw error;
  }
  if (previous === undefined) {
    await removeKey(files, image.key);
    return fail('STATE_CHANGED', 'mediaStateChanged');
  }
  if (previous && previous !== image.key) await removeKey(files, previous);
  return ok({ key: image.key, width: image.width, height: image.height });
}

/** Empties a slot and deletes its files. */
export async function clearImage(actor: Actor, slot: ImageSlot, subjectId: string, files: Storage = storage): Promise<ActionResult> {
  const guard = await authorize(actor, SUBJECT_OF_SLOT[slot], subjectId);
  if (!guard.ok) return guard;
  const previous = await swapKey(actor, slot, subjectId, null);
  if (previous === undefined) return fail('STATE_CHANGED', 'mediaStateChanged');
  if (previous) await removeKey(files, previous);
  return ok();
}

/** Sets the slot's key under a row lock and answers the key it replaced (undefined: row gone or no longer ours). */
async function swapKey(actor: Actor, slot: ImageSlot, subjectId: string, key: string | null): Promise<string | null | undefined> {
  const { table, column } = SLOT_COLUMN[slot];
  // A project's owner may have handed the project on since the check: the lock repeats it.
  const stillOwner =
    table === 'Project'
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = t.id AND m."userId" = ${actor.id} AND m.role = 'OWNER')`
      : Prisma.empty;
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ key: string | null }[]>`
      SELECT t.${Prisma.raw(`"${column}"`)} AS key FROM ${Prisma.raw(`"${table}"`)} t
      WHERE t.id = ${subjectId} ${stillOwner}
      FOR UPDATE OF t`;
    if (rows.length === 0) return undefined;
    await tx.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET ${Prisma.raw(`"${column}"`)} = ${key} WHERE id = ${subjectId}`;
    return rows[0].key;
  });
}

/** Adds a picture to a project's or campaign's gallery (at most GALLERY_LIMIT, kept by a trigger). */
export async function addGalleryImage(actor: Actor, kind: GalleryKindName, subjectId: string, upload: Upload, files: Storage = storage): Promise<ActionResult<StoredImage & { id: string }>> {
  const guard = await authorize(actor, SUBJECT_OF_GALLERY[kind], subjectId);
  if (!guard.ok) return guard;
  const processed = await processImage(upload);
  if (!processed.ok) return invalidImage(processed.error);
  const image = processed.image;
  await storeImage(files, image);
  try {
    const row = await db.galleryImage.create({ data: { kind, subjectId, key: image.key, uploadedById: actor.id }, select: { id: true } });
    return ok({ id: row.id, key: image.key, width: image.width, height: image.height });
  } catch (error) {
    await removeKey(files, image.key);
    if (sqlState(error) === '23514') return fail('QUOTA_EXCEEDED', 'galleryFull', { file: ['galleryFull'] });
    throw error;
  }
}

export async function removeGalleryImage(actor: Actor, imageId: string, files: Storage = storage): Promise<ActionResult> {
  const row = await db.galleryImage.findUnique({ where: { id: imageId }, select: { kind: true, subjectId: true, key: true } });
  if (!row) return fail('NOT_FOUND', 'mediaNotFound');
  const guard = await authorize(actor, SUBJECT_OF_GALLERY[row.kind], row.subjectId);
  if (!guard.ok) return guard;
  const { count } = await db.galleryImage.deleteMany({ where: { id: imageId } });
  if (count === 1) await removeKey(files, row.key);
  return ok();
}
