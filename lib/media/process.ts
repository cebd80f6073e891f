import 'server-only';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { imageWidthsFor, MAX_IMAGE_BYTES, variantKey } from './pictures';

export type SniffedType = 'image/png' | 'image/jpeg' | 'image/webp';

/** The type the bytes say, never the file name or the type the browser claims. */
export function sniffImageType(b: Uint8Array): SniffedType | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 12 && String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}

export type ImageError = 'imageTooLarge' | 'imageTypeInvalid' | 'imageUnreadable';
export type ProcessedImage = { key: string; width: number; height: number; files: { key: string; bytes: Uint8Array }[] };

// A small file can still unpack to a huge bitmap; 40 megapixels covers any phone camera.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Checks an upload by its size and bytes, then makes its web sizes as WebP. Nothing is stored:
 * the caller authorizes first and writes only what it will keep. The output carries no metadata
 * (sharp drops EXIF, GPS, XMP and ICC unless asked to keep them); the orientation EXIF described
 * is applied to the pixels first.
 */
export async function processImage(input: Uint8Array | Blob): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageError }> {
  if ((input instanceof Uint8Array ? input.byteLength : input.size) > MAX_IMAGE_BYTES) return { ok: false, error: 'imageTooLarge' };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
  if (!sniffImageType(bytes)) return { ok: false, error: 'imageTypeInvalid' };
  try {
    const base = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const largest = await base.clone().resize({ width: 1280, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    const width = largest.info.width;
    const height = largest.info.height;
    const key = `${randomBytes(12).toString('hex')}_${width}x${height}`;
    const files = await Promise.all(
      imageWidthsFor(width).map(async (w) => ({
        key: variantKey(key, w),
        bytes: new Uint8Array(w === width ? largest.data : await base.clone().resize({ width: w }).webp({ quality: 78 }).toBuffer()),
      })),
    );
    return { ok: true, image: { key, width, height, files } };
  } catch {
    // Truncated or corrupt pixels, or more pixels than we decode: the member's file, not our fault.
    return { ok: false, error: 'imageUnreadable' };
  }
}

/** The cheap checks (size; type from the first bytes, when given) before any pixel is decoded. */
export function precheckImage(size: number, head: Uint8Array | null): ImageError | null {
  if (size > MAX_IMAGE_BYTES) return 'imageTooLarge';
  if (head && !sniffImageType(head)) return 'imageTypeInvalid';
  return null;
}
