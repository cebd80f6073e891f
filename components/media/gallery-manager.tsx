'use client';

import { Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { Picture } from '@/components/ui/picture';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { addGalleryImageAction, removeGalleryImageAction } from '@/lib/media/actions';
import { GALLERY_LIMIT, IMAGE_ACCEPT, type GalleryKindName } from '@/lib/media/pictures';
import { useImagePreview } from './use-image-preview';

type Item = { id: string; key: string };

function RemoveButton({ image, n }: { image: Item; n: number }) {
  const t = useTranslations('media');
  const { onSubmit, formAction, formError } = useFormAction(null, removeGalleryImageAction, () => toast.success(t('removed')));
  return (
    <form onSubmit={onSubmit} action={formAction} className="absolute right-1.5 top-1.5">
      <input type="hidden" name="imageId" value={image.id} />
      <SubmitButton size="sm" variant="outline" className="size-8 bg-white/90 p-0" aria-label={t('removeNth', { n })}>
        <Trash2 className="size-4" aria-hidden />
      </SubmitButton>
      <FormAlert message={formError} />
    </form>
  );
}

/** A gallery's pictures with "remove" on each, and a field to add one more (up to GALLERY_LIMIT). */
export function GalleryManager({ kind, subjectId, images, name }: { kind: GalleryKindName; subjectId: string; images: Item[]; name: string }) {
  const t = useTranslations('media');
  const { preview, error, onChange, reset, submitted, errorsWith } = useImagePreview();
  const add = useFormAction(null, addGalleryImageAction, (_d, form) => {
    form?.reset();
    reset();
    toast.success(t('saved'));
  });
  const full = images.length >= GALLERY_LIMIT;
  const errors = errorsWith(add.errors?.file);
  return (
    <section className="space-y-3" aria-labelledby={`gallery-${subjectId}`}>
      <h3 id={`gallery-${subjectId}`} className="text-sm font-semibold text-slate-900">
        {t('gallery')} <span className="font-normal text-slate-500">{t('galleryCount', { n: images.length, max: GALLERY_LIMIT })}</span>
      </h3>
      {images.length > 0 ? (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {images.map((image, i) => (
            <li key={image.id} className="relative overflow-hidden rounded-lg ring-1 ring-slate-200">
              <Picture imageKey={image.key} alt={t('galleryAlt', { name, n: i + 1, total: images.length })} seed={name} aspect="aspect-[4/3]" sizes="200px" />
              <RemoveButton image={image} n={i + 1} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t('galleryEmpty')}</p>
      )}
      {!full ? (
        <form onSubmit={(e) => { submitted(); add.onSubmit(e); }} action={add.formAction} className="space-y-3" noValidate>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="subjectId" value={subjectId} />
          {preview && (
            <div className="relative aspect-[4/3] w-40 overflow-hidden rounded-lg ring-1 ring-slate-200">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL */}
              <img src={preview} alt={t('previewAlt')} className="absolute inset-0 size-full object-cover" />
            </div>
          )}
          <Field label={t('galleryAdd')} hint={t('hint')} errors={errors}>
            <Input type="file" name="file" accept={IMAGE_ACCEPT} onChange={onChange} className="py-1.5" />
          </Field>
          <FormAlert message={add.formError} />
          <SubmitButton size="sm" disabled={!preview || Boolean(error)} pendingLabel={t('uploading')}>
            {t('upload')}
          </SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-slate-500">{t('galleryFull', { max: GALLERY_LIMIT })}</p>
      )}
    </section>
  );
}
