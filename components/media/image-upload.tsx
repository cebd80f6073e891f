'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { Picture } from '@/components/ui/picture';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';
import { clearImageAction, uploadImageAction } from '@/lib/media/actions';
import { IMAGE_ACCEPT, type ImageSlot } from '@/lib/media/pictures';
import { useImagePreview } from './use-image-preview';

/**
 * One picture slot (a cover, a photo, an avatar): the current picture or a placeholder, a file
 * field with a local preview, and "remove". The server authorizes, checks and resizes.
 */
export function ImageUpload({
  slot,
  subjectId,
  imageKey,
  label,
  seed,
  aspect = 'aspect-[16/9]',
  round = false,
}: {
  slot: ImageSlot;
  subjectId: string;
  imageKey: string | null;
  label: string;
  seed: string;
  aspect?: string;
  round?: boolean;
}) {
  const t = useTranslations('media');
  const { preview, error, onChange, reset, submitted, errorsWith } = useImagePreview();
  const upload = useFormAction(null, uploadImageAction, (_data, form) => {
    form?.reset();
    reset();
    toast.success(t('saved'));
  });
  const clear = useFormAction(null, clearImageAction, () => toast.success(t('removed')));
  const errors = errorsWith(upload.errors?.file);
  const frame = cn('w-full overflow-hidden ring-1 ring-slate-200', round ? 'max-w-32 rounded-full' : 'max-w-md rounded-xl');

  return (
    <div className="space-y-3">
      <div className={frame}>
        {preview ? (
          <div className={cn('relative bg-slate-100', aspect)}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, not a served file */}
            <img src={preview} alt={t('previewAlt')} className="absolute inset-0 size-full object-cover" />
          </div>
        ) : (
          <Picture imageKey={imageKey} alt={t('currentAlt', { label })} seed={seed} aspect={aspect} sizes="448px" />
        )}
      </div>
      <form onSubmit={(e) => { submitted(); upload.onSubmit(e); }} action={upload.formAction} className="space-y-3" noValidate>
        <input type="hidden" name="slot" value={slot} />
        <input type="hidden" name="subjectId" value={subjectId} />
        <Field label={label} hint={t('hint')} errors={errors}>
          <Input type="file" name="file" accept={IMAGE_ACCEPT} onChange={onChange} className="py-1.5" data-testid={`upload-${slot}`} />
        </Field>
        <FormAlert message={upload.formError} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton size="sm" disabled={!preview || Boolean(error)} pendingLabel={t('uploading')}>
            {t('upload')}
          </SubmitButton>
        </div>
      </form>
      {imageKey && !preview && (
        <form onSubmit={clear.onSubmit} action={clear.formAction}>
          <input type="hidden" name="slot" value={slot} />
          <input type="hidden" name="subjectId" value={subjectId} />
          <SubmitButton size="sm" variant="ghost" pendingLabel={t('removing')}>
            {t('remove')}
          </SubmitButton>
          <FormAlert message={clear.formError} />
        </form>
      )}
    </div>
  );
}
