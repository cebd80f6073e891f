'use client';

import { useEffect, useRef, useState } from 'react';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * State for a controlled field that keeps what the member entered before the page hydrated.
 * React hydrates a controlled field without touching its value, but the next render writes the
 * state back: a date picked on a slow phone would jump back to the default as soon as another
 * field changed. On mount the state adopts the field's value if it differs.
 */
export function useFieldState<E extends Field = HTMLInputElement>(initial: string) {
  const ref = useRef<E | null>(null);
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== initial) setValue(typed);
    // Only once, on mount: afterwards onChange keeps the two in step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, setValue, ref] as const;
}
