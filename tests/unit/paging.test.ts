import { describe, expect, it } from 'vitest';
import { pageAfter } from '@/lib/paging';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}` }));

describe('pageAfter', () => {
  it('walks the list page by page without repeating or skipping an item', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 10; n++) {
      const page = pageAfter(items, cursor, 3);
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it('says where a page starts and that the last one has no next', () => {
    expect(pageAfter(items, 'r2', 3)).toEqual({ items: [{ id: 'r3' }, { id: 'r4' }, { id: 'r5' }], offset: 3, nextCursor: 'r5' });
    expect(pageAfter(items, 'r5', 3)).toEqual({ items: [{ id: 'r6' }], offset: 6, nextCursor: null });
    expect(pageAfter(items, undefined, 7).nextCursor).toBeNull();
  });

  it('starts over at an unknown cursor', () => {
    expect(pageAfter(items, 'gone', 2)).toEqual({ items: [{ id: 'r0' }, { id: 'r1' }], offset: 0, nextCursor: 'r1' });
  });
});
