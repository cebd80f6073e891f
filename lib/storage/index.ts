import 'server-only';
import { localDiskStorage } from './local';
import { s3Storage } from './s3';
import type { Storage } from './types';

export type { Storage, StoredFile } from './types';
export { isStorageKey } from './types';
export { localDiskStorage } from './local';
export { s3Storage } from './s3';

/**
 * The one file store of this process. `STORAGE_URL=s3://key:secret@host:port/bucket` points every
 * instance at one S3-compatible bucket; without it files live on the local disk (`UPLOAD_DIR`,
 * default `.data/uploads`), which only one instance (or a shared volume) can serve.
 */
export function storageFromEnv(env: Partial<Record<string, string>> = process.env): Storage {
  const url = env.STORAGE_URL?.trim();
  if (url && url.startsWith('s3')) return s3Storage(url);
  return localDiskStorage(env.UPLOAD_DIR);
}

export const storage: Storage = storageFromEnv();
