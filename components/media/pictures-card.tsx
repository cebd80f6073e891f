import { useTranslations } from 'next-intl';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import type { GalleryKindName, ImageSlot } from '@/lib/media/pictures';
import { GalleryManager } from './gallery-manager';
import { ImageUpload } from './image-upload';

/** The "pictures" card of an edit page: one cover (or photo, or avatar) slot and, where there is one, the gallery. */
export function PicturesCard({
  slot,
  subjectId,
  name,
  imageKey,
  label,
  gallery,
  aspect,
  round,
  intro,
}: {
  slot: ImageSlot;
  subjectId: string;
  name: string;
  imageKey: string | null;
  label: string;
  gallery?: { kind: GalleryKindName; images: { id: string; key: string }[] };
  aspect?: string;
  round?: boolean;
  intro?: string;
}) {
  const t = useTranslations('media');
  return (
    <Card aria-labelledby={`pictures-${slot}`}>
      <CardHeader>
        <CardTitle id={`pictures-${slot}`}>{gallery ? t('picturesTitle') : label}</CardTitle>
        <p className="text-sm text-slate-500">{intro ?? t('picturesIntro')}</p>
      </CardHeader>
      <CardBody className="space-y-6">
        <ImageUpload slot={slot} subjectId={subjectId} imageKey={imageKey} label={label} seed={name} aspect={aspect} round={round} />
        {gallery && <GalleryManager kind={gallery.kind} subjectId={subjectId} images={gallery.images} name={name} />}
      </CardBody>
    </Card>
  );
}
