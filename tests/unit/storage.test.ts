import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDiskStorage, sniffImageType } from '@/lib/storage';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('uploads', () => {
  it('tells the image type from the bytes, not the name', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<html><script>'))).toBeNull();
  });

  it('stores and serves by generated key only', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'zcs-uploads-'));
    const storage = localDiskStorage(root);
    const key = await storage.put(PNG, 'image/png');
    expect(key).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(await storage.get(key)).toMatchObject({ contentType: 'image/png' });
    expect(await storage.get('../../etc/passwd')).toBeNull();
    expect(await storage.get('x.svg')).toBeNull();
  });
});
