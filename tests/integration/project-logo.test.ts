import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { replaceProjectLogo } from '@/lib/projects/service';
import { checkImage, localDiskStorage, MAX_IMAGE_BYTES } from '@/lib/storage';
import { createProject, createUser } from '../factories';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const image = { bytes: PNG, type: 'image/png' as const };

async function tempStorage() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'zcs-logos-'));
  return { root, files: localDiskStorage(root), list: async () => (await fs.readdir(root).catch(() => [])).sort() };
}

describe('project logos', () => {
  it('writes nothing to disk when a team member who is not the owner replaces the logo', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const { id } = await createProject(owner);
    await db.projectMember.create({ data: { projectId: id, userId: member.id } });
    const { files, list } = await tempStorage();

    await expect(replaceProjectLogo(member, id, image, files)).rejects.toThrow(/forbidden/);
    const stranger = await createUser();
    const { id: privateId } = await createProject(owner, { visibility: 'PRIVATE' });
    expect(await replaceProjectLogo(stranger, privateId, image, files)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    expect(await list()).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id } })).logoKey).toBeNull();
  });

  it('deletes the replaced logo once the new one is saved', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const { id } = await createProject(owner);
    const { files, list } = await tempStorage();

    const first = await replaceProjectLogo(owner, id, image, files);
    if (!first.ok) throw new Error(first.code);
    const second = await replaceProjectLogo(owner, id, image, files);
    if (!second.ok) throw new Error(second.code);

    expect(await list()).toEqual([second.data.key]);
    expect((await db.project.findUniqueOrThrow({ where: { id } })).logoKey).toBe(second.data.key);
  });

  it('keeps exactly one file when ten replacements race', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const { id } = await createProject(owner);
    const { files, list } = await tempStorage();

    const results = await Promise.all(Array.from({ length: 10 }, () => replaceProjectLogo(owner, id, image, files)));
    expect(results.every((r) => r.ok)).toBe(true);
    const kept = (await db.project.findUniqueOrThrow({ where: { id } })).logoKey;
    expect(await list()).toEqual([kept]);
  });

  it('refuses an image over 2 MB with a field message instead of storing it', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    expect(await checkImage(new File([big], 'big.png', { type: 'image/png' }))).toEqual({ ok: false, message: 'imageTooLarge' });
    expect(await checkImage(new File([new TextEncoder().encode('<svg/>')], 'x.png', { type: 'image/png' }))).toEqual({ ok: false, message: 'imageTypeInvalid' });
    expect(await checkImage(new File([PNG], 'ok.png'))).toMatchObject({ ok: true, image: { type: 'image/png' } });
  });
});
