/**
 * What an upload may be and how a stored picture is addressed. No zod and no server code: the
 * header's avatar and every picture component import this, so it is in every page's first load.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp';
/** Web sizes made on upload; a smaller picture gets the sizes below its own width plus itself. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;
export const GALLERY_LIMIT = 8;

/** Pictures with one slot per subject, and whose subject each one belongs to. */
export const IMAGE_SLOTS = ['projectLogo', 'projectCover', 'campaignCover', 'eventCover', 'resourcePhoto', 'avatar'] as const;
export type ImageSlot = (typeof IMAGE_SLOTS)[number];
export const GALLERY_KINDS = ['PROJECT', 'CAMPAIGN'] as const;
export type GalleryKindName = (typeof GALLERY_KINDS)[number];

// A picture's key is `<24 hex>_<width>x<height>`: its size travels with it, so a card can reserve
// the box before the file arrives (no layout shift) without another column or query.
const KEY = /^([a-f0-9]{24})_(\d{1,4})x(\d{1,5})$/;

export type ImageSource = { src: string; srcSet?: string; width?: number; height?: number };

export function imageWidthsFor(width: number): number[] {
  return [...IMAGE_WIDTHS.filter((w) => w < width), Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1])];
}

export function variantKey(key: string, width: number): string {
  return `${key}-${width}.webp`;
}

/** Every stored file of a picture (its web sizes). */
export function variantKeysOf(key: string): string[] {
  const m = KEY.exec(key);
  if (!m) return [key]; // a file stored before pictures had sizes (one file per key)
  return imageWidthsFor(Number(m[2])).map((w) => variantKey(key, w));
}

export function imageSource(key: string): ImageSource {
  const m = KEY.exec(key);
  if (!m) return { src: `/api/files/${key}` };
  const width = Number(m[2]);
  const height = Number(m[3]);
  const widths = imageWidthsFor(width);
  return {
    src: `/api/files/${variantKey(key, widths[widths.length > 1 ? 1 : 0])}`,
    srcSet: widths.map((w) => `/api/files/${variantKey(key, w)} ${w}w`).join(', '),
    width,
    height,
  };
}
