import 'server-only';
import { db } from '@/lib/db';
import type { GalleryKindName } from './pictures';

/** A gallery's pictures, oldest first. Callers show it only on a page that already checked the subject is visible. */
export async function findGallery(kind: GalleryKindName, subjectId: string) {
  return db.galleryImage.findMany({ where: { kind, subjectId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], select: { id: true, key: true } });
}
