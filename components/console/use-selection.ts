'use client';

import { useCallback, useState, type KeyboardEvent } from 'react';

/**
 * Checkbox selection over a list of ids. The selection is always read through the current ids,
 * so a row that left the queue (approved elsewhere, refreshed away) is never still "selected".
 */
export function useSelection(ids: readonly string[]) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const selected = ids.filter((id) => picked.has(id));
  const all = ids.length > 0 && selected.length === ids.length;
  const toggle = useCallback((id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; }), []);
  const toggleAll = () => setPicked(all ? new Set() : new Set(ids));
  const clear = () => setPicked(new Set());
  return { selected, all, some: selected.length > 0 && !all, toggle, toggleAll, clear, isSelected: (id: string) => picked.has(id) };
}

/**
 * Keyboard moves between rows of a queue: ↑/↓ or k/j move the focus from checkbox to checkbox,
 * Home/End jump, x toggles the focused row (Space does too, natively).
 */
export function onQueueKeyDown(event: KeyboardEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || !target.dataset.rowCheckbox) return;
  const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-row-checkbox]')];
  const i = boxes.indexOf(target);
  const go = (j: number) => {
    event.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, j))]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return go(i + 1);
    case 'ArrowUp':
    case 'k':
      return go(i - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(boxes.length - 1);
    case 'x':
      event.preventDefault();
      target.click();
  }
}
