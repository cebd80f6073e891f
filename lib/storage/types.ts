export type StoredFile = { bytes: Uint8Array; contentType: string };

/**
 * Where uploaded files live. One interface: the local disk is the default, an S3-compatible bucket
 * serves several instances. Keys are chosen by the caller (lib/media) and checked here.
 */
export type Storage = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  /** Deletes a stored file; a key that is not ours or already gone is no error. */
  remove(key: string): Promise<void>;
};

// Flat names only: no slashes, no "..", so a key can never leave the store's folder or bucket.
const KEY = /^[a-z0-9][a-z0-9_-]{0,100}\.(png|jpg|webp)$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export const CONTENT_TYPE_OF_EXT: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export function contentTypeOfKey(key: string): string {
  return CONTENT_TYPE_OF_EXT[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
