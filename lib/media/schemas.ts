import { z } from 'zod';
// The fields of the picture actions; what a picture is and how it is addressed: ./pictures.
import { GALLERY_KINDS, IMAGE_SLOTS } from './pictures';

const id = z.string().min(1).max(40).regex(/^[a-z0-9]+$/, 'notFound');
export const imageSlotSchema = z.object({ slot: z.enum(IMAGE_SLOTS), subjectId: id });
export const gallerySchema = z.object({ kind: z.enum(GALLERY_KINDS), subjectId: id });
export const galleryImageIdSchema = z.object({ imageId: id });
