import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { localDiskStorage } from '@/lib/storage';
import { MAX_IMAGE_BYTES, variantKeysOf } from '@/lib/media/pictures';
import { addGalleryImage, clearImage, removeGalleryImage, replaceImage } from '@/lib/media/service';
import { createCampaign, createEvent, createProject, createResource, createUser } from '../factories';
import { makeImage, makeJpegWithGps } from '../support/images';

async function tempStorage() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'zcs-media-'));
  const files = localDiskStorage(root);
  return { root, files, list: async () => (await fs.readdir(root).catch(() => [])).filter((f) => !f.startsWith('.')).sort() };
}

async function ownedProject(opts: { visibility?: 'PUBLIC' | 'PRIVATE' } = {}) {
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const { id } = await createProject(owner, opts);
  return { owner, id };
}

describe('picture uploads', () => {
  it('stores a PNG named .jpg by what its bytes are, as WebP web sizes with the box in the key', async () => {
    const { owner, id } = await ownedProject();
    const { files, list, root } = await tempStorage();
    const file = new File([await makeImage('png', 1600, 900)], 'photo.jpg', { type: 'image/jpeg' });

    const result = await replaceImage(owner, 'projectCover', id, file, files);
    if (!result.ok) throw new Error(result.code);

    expect(result.data).toMatchObject({ width: 1280, height: 720 });
    expect(await list()).toEqual(variantKeysOf(result.data.key).sort());
    for (const [name, width] of [[`${result.data.key}-320.webp`, 320], [`${result.data.key}-1280.webp`, 1280]] as const) {
      const meta = await sharp(path.join(root, name)).metadata();
      expect(meta).toMatchObject({ format: 'webp', width });
    }
    expect((await db.project.findUniqueOrThrow({ where: { id } })).coverKey).toBe(result.data.key);
  });

  it('refuses a text file named .png with a field error and writes nothing', async () => {
    const { owner, id } = await ownedProject();
    const { files, list } = await tempStorage();
    const text = new File(['<svg onload="alert(1)"></svg>'], 'logo.png', { type: 'image/png' });

    expect(await replaceImage(owner, 'projectLogo', id, text, files)).toEqual({ ok: false, code: 'VALIDATION_FAILED', message: 'validation', fieldErrors: { file: ['imageTypeInvalid'] } });
    // Right magic bytes, broken pixels: also the member's file, not a 500.
    const truncated = (await makeImage('png', 300, 300)).slice(0, 60);
    expect(await replaceImage(owner, 'projectLogo', id, truncated, files)).toMatchObject({ ok: false, fieldErrors: { file: ['imageUnreadable'] } });
    expect(await list()).toEqual([]);
  });

  it('strips the GPS position and every other EXIF field from a phone photo', async () => {
    const { owner, id } = await ownedProject();
    const { files, root } = await tempStorage();
    const photo = await makeJpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the test photo really carries it

    const result = await replaceImage(owner, 'projectCover', id, photo, files);
    if (!result.ok) throw new Error(result.code);

    for (const key of variantKeysOf(result.data.key)) {
      const out = await fs.readFile(path.join(root, key));
      const meta = await sharp(out).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(Buffer.from(out).includes('PhoneMaker')).toBe(false);
    }
  });

  it('refuses a picture over the size limit with a field error instead of storing it', async () => {
    const { owner, id } = await ownedProject();
    const { files, list } = await tempStorage();
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(await makeImage('png', 10, 10));

    expect(await replaceImage(owner, 'projectCover', id, new File([big], 'big.png'), files)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fieldErrors: { file: ['imageTooLarge'] } });
    expect(await list()).toEqual([]);
  });

  it('answers not found for another member’s project and writes nothing', async () => {
    const { owner, id: privateId } = await ownedProject({ visibility: 'PRIVATE' });
    const { id: publicId } = await createProject(owner);
    const teammate = await createUser();
    await db.projectMember.create({ data: { projectId: publicId, userId: teammate.id } });
    const stranger = await createUser({ roles: ['ENTREPRENEUR'] });
    const { files, list } = await tempStorage();
    const png = await makeImage();

    expect(await replaceImage(stranger, 'projectCover', privateId, png, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addGalleryImage(stranger, 'PROJECT', privateId, png, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // A project one can see but does not own is refused as not found too (the 404 digest).
    await expect(replaceImage(stranger, 'projectCover', publicId, png, files)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    await expect(replaceImage(teammate, 'projectLogo', publicId, png, files)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });

    expect(await list()).toEqual([]);
    const rows = await db.project.findMany({ where: { id: { in: [privateId, publicId] } }, select: { logoKey: true, coverKey: true } });
    expect(rows).toEqual([{ logoKey: null, coverKey: null }, { logoKey: null, coverKey: null }]);
    expect(await db.galleryImage.count({ where: { subjectId: { in: [privateId, publicId] } } })).toBe(0);
  });

  it('deletes the replaced picture’s files once the new one is saved, and all of them when cleared', async () => {
    const { owner, id } = await ownedProject();
    const { files, list } = await tempStorage();

    const first = await replaceImage(owner, 'projectLogo', id, await makeImage('png', 400, 400), files);
    const second = await replaceImage(owner, 'projectLogo', id, await makeImage('jpeg', 800, 800), files);
    if (!first.ok || !second.ok) throw new Error('upload failed');

    expect(await list()).toEqual(variantKeysOf(second.data.key).sort());
    expect(await clearImage(owner, 'projectLogo', id, files)).toEqual({ ok: true, data: undefined });
    expect(await list()).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id } })).logoKey).toBeNull();
  });

  it('keeps exactly one picture’s files when ten replacements race', async () => {
    const { owner, id } = await ownedProject();
    const { files, list } = await tempStorage();
    const png = await makeImage('png', 500, 300);

    const results = await Promise.all(Array.from({ length: 10 }, () => replaceImage(owner, 'projectCover', id, png, files)));
    expect(results.every((r) => r.ok)).toBe(true);
    const kept = (await db.project.findUniqueOrThrow({ where: { id } })).coverKey!;
    expect(await list()).toEqual(variantKeysOf(kept).sort());
  });

  it('lets only operators change an event cover or a resource photo, and members only their own avatar', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const event = await createEvent(operator);
    const resource = await createResource();
    const { files } = await tempStorage();
    const png = await makeImage('png', 640, 360);

    await expect(replaceImage(member, 'eventCover', event.id, png, files)).rejects.toThrow(/forbidden/);
    await expect(replaceImage(member, 'resourcePhoto', resource.id, png, files)).rejects.toThrow(/forbidden/);
    expect(await replaceImage(operator, 'eventCover', event.id, png, files)).toMatchObject({ ok: true });
    expect(await replaceImage(operator, 'resourcePhoto', resource.id, png, files)).toMatchObject({ ok: true });
    expect(await replaceImage(operator, 'eventCover', 'nosuchevent', png, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    expect(await replaceImage(member, 'avatar', operator.id, png, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await replaceImage(member, 'avatar', member.id, png, files)).toMatchObject({ ok: true, data: { width: 640, height: 360 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: operator.id } })).avatarKey).toBeNull();
  });

  it('lets a project’s owner set its campaign’s cover', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner);
    const other = await createUser({ roles: ['ENTREPRENEUR'] });
    const { files } = await tempStorage();
    const png = await makeImage();

    expect(await replaceImage(owner, 'campaignCover', campaign.id, png, files)).toMatchObject({ ok: true });
    const stranger = await replaceImage(other, 'campaignCover', campaign.id, png, files).catch((e: { digest?: string }) => e.digest);
    expect(stranger === 'NEXT_HTTP_ERROR_FALLBACK;404' || (stranger as { code?: string }).code === 'NOT_FOUND').toBe(true);
  });
});

describe('galleries', () => {
  it('takes exactly eight pictures when twelve uploads race, and keeps files only for those', async () => {
    const { owner, id } = await ownedProject();
    const { files, list } = await tempStorage();
    const png = await makeImage('png', 300, 200);

    const results = await Promise.all(Array.from({ length: 12 }, () => addGalleryImage(owner, 'PROJECT', id, png, files)));
    expect(results.filter((r) => r.ok)).toHaveLength(8);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'QUOTA_EXCEEDED')).toBe(true);
    const rows = await db.galleryImage.findMany({ where: { kind: 'PROJECT', subjectId: id }, select: { key: true } });
    expect(rows).toHaveLength(8);
    expect(await list()).toEqual(rows.flatMap((r) => variantKeysOf(r.key)).sort());
  });

  it('removes a picture and its files for the owner only', async () => {
    const { owner, id } = await ownedProject();
    const stranger = await createUser();
    const { files, list } = await tempStorage();
    const added = await addGalleryImage(owner, 'PROJECT', id, await makeImage('png', 300, 200), files);
    if (!added.ok) throw new Error(added.code);

    await expect(removeGalleryImage(stranger, added.data.id, files)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(await list()).toHaveLength(1);
    expect(await removeGalleryImage(owner, added.data.id, files)).toEqual({ ok: true, data: undefined });
    expect(await list()).toEqual([]);
    expect(await removeGalleryImage(owner, added.data.id, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
