'use client';

import { useEffect, useState, type ChangeEvent } from 'react';
import { MAX_IMAGE_BYTES } from '@/lib/media/pictures';

const PREVIEWABLE = ['image/png', 'image/jpeg', 'image/webp'];

/**
 * A local preview of the chosen file and the checks the browser can make before sending it
 * (size; the type it claims). The server decides from the bytes.
 */
export function useImagePreview() {
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new file makes the server's answer about the previous one stale.
  const [fresh, setFresh] = useState(true);
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview);
  }, [preview]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setPreview(null);
    setError(null);
    setFresh(false);
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setError('imageTooLarge');
    if (file.type && !PREVIEWABLE.includes(file.type)) return setError('imageTypeInvalid');
    setPreview(URL.createObjectURL(file));
  };
  const reset = () => {
    setPreview(null);
    setError(null);
  };
  const submitted = () => setFresh(true);
  /** The field's errors: the browser's own check first, then the server's answer to this file. */
  const errorsWith = (server: string[] | undefined) => (error ? [error] : fresh ? server : undefined);
  return { preview, error, onChange, reset, submitted, errorsWith };
}
