import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDiskStorage, s3Storage, storageFromEnv, type Storage } from '@/lib/storage';

const BYTES = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
const KEY = 'aaaaaaaaaaaaaaaaaaaaaaaa_10x10-10.webp';

let server: S3rver;
let url: string;
let localRoot: string;

beforeAll(async () => {
  // An S3-compatible server in this process, on a free port, with its own folder.
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'zcs-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'zcs-uploads', configs: [] }] });
  const address = await server.run();
  url = `s3://S3RVER:S3RVER@127.0.0.1:${address.port}/zcs-uploads`;
  localRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'zcs-local-'));
});

afterAll(async () => {
  await server?.close();
});

const kinds: [string, () => [Storage, Storage]][] = [
  ['the local disk', () => [localDiskStorage(localRoot), localDiskStorage(localRoot)]],
  ['an S3-compatible bucket', () => [s3Storage(url), s3Storage(url)]],
];

describe.each(kinds)('file storage on %s', (_name, make) => {
  it('serves from a second instance what the first one stored, and forgets it on delete', async () => {
    const [one, two] = make();
    await one.put(KEY, BYTES, 'image/webp');
    expect(await two.get(KEY)).toEqual({ bytes: BYTES, contentType: 'image/webp' });
    await two.remove(KEY);
    expect(await one.get(KEY)).toBeNull();
  });

  it('answers nothing for a missing key and ignores deleting it again', async () => {
    const [one] = make();
    expect(await one.get('bbbbbbbbbbbbbbbbbbbbbbbb_10x10-10.webp')).toBeNull();
    await expect(one.remove('bbbbbbbbbbbbbbbbbbbbbbbb_10x10-10.webp')).resolves.toBeUndefined();
  });

  it('refuses to store under a name that could leave its folder or bucket', async () => {
    const [one] = make();
    await expect(one.put('../escape.png', BYTES, 'image/png')).rejects.toThrow(/bad key/);
    expect(await one.get('../../etc/passwd')).toBeNull();
  });
});

describe('choosing the storage', () => {
  it('uses the bucket named by STORAGE_URL and the local disk without it', async () => {
    const fromUrl = storageFromEnv({ STORAGE_URL: url });
    await fromUrl.put(KEY, BYTES, 'image/webp');
    expect(await s3Storage(url).get(KEY)).not.toBeNull();
    await fromUrl.remove(KEY);

    const local = storageFromEnv({ UPLOAD_DIR: localRoot });
    await local.put(KEY, BYTES, 'image/webp');
    expect(await fs.readdir(localRoot)).toContain(KEY);
  });
});
