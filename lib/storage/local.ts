import fs from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOfKey, isStorageKey, type Storage } from './types';

export function localDiskStorage(root?: string): Storage {
  const dir = path.resolve(root || path.join('.data', 'uploads'));
  return {
    async put(key, bytes) {
      if (!isStorageKey(key)) throw new Error(`storage: bad key ${key}`);
      await fs.mkdir(dir, { recursive: true });
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const tmp = path.join(dir, `.${key}.${process.pid}.${Math.random().toString(36).slice(2)}`);
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, path.join(dir, key));
    },
    async get(key) {
      if (!isStorageKey(key)) return null;
      try {
        const bytes = await fs.readFile(path.join(dir, key));
        return { bytes: new Uint8Array(bytes), contentType: contentTypeOfKey(key) };
      } catch {
        return null;
      }
    },
    async remove(key) {
      if (!isStorageKey(key)) return;
      await fs.rm(path.join(dir, key), { force: true });
    },
  };
}
