import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Where uploaded files live. One interface; the local disk is the default implementation. */
export type Storage = {
  put(bytes: Uint8Array, contentType: ImageType): Promise<string>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: ImageType } | null>;
  /** Deletes a stored file; a key that is not ours or already gone is no error. */
  remove(key: string): Promise<void>;
};

/** The type the bytes say, never the type the browser claims. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 12 && String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}

const EXT: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const KEY = /^[a-z0-9]{32}\.(png|jpg|webp)$/;
const TYPE_OF_EXT: Record<string, ImageType> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export function localDiskStorage(root = path.resolve(process.env.UPLOAD_DIR ?? path.join('.data', 'uploads'))): Storage {
  return {
    async put(bytes, contentType) {
      const key = `${randomBytes(16).toString('hex')}.${EXT[contentType]}`;
      await fs.mkdir(root, { recursive: true });
      await fs.writeFile(path.join(root, key), bytes, { flag: 'wx' });
      return key;
    },
    async get(key) {
      // Keys are generated here; anything else (../, other names) is not ours to serve.
      if (!KEY.test(key)) return null;
      try {
        const bytes = await fs.readFile(path.join(root, key));
        return { bytes, contentType: TYPE_OF_EXT[key.split('.')[1]] };
      } catch {
        return null;
      }
    },
    async remove(key) {
      if (!KEY.test(key)) return;
      await fs.rm(path.join(root, key), { force: true });
    },
  };
}

export const storage: Storage = localDiskStorage();

export type CheckedImage = { bytes: Uint8Array; type: ImageType };
export type ImageError = 'imageTooLarge' | 'imageTypeInvalid';

/**
 * Checks an uploaded image by its size and bytes without storing it, so the caller can authorize
 * the change first and write the file only when it will be kept.
 */
export async function checkImage(file: File): Promise<{ ok: true; image: CheckedImage } | { ok: false; message: ImageError }> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: 'imageTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, message: 'imageTypeInvalid' };
  return { ok: true, image: { bytes, type } };
}
