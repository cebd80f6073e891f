import { describe, expect, it } from 'vitest';
import { demoDataWanted } from '../../scripts/lib/demo-data';

describe('when npm start loads the demo data', () => {
  it('loads it into the embedded database', () => {
    expect(demoDataWanted({ external: false, argv: [], env: {} })).toBe(true);
  });

  it('does not put demo accounts with a published password into an external database', () => {
    expect(demoDataWanted({ external: true, argv: [], env: {} })).toBe(false);
    expect(demoDataWanted({ external: true, argv: [], env: { ZCS_DEMO: '0' } })).toBe(false);
  });

  it('loads it into an external database only when asked', () => {
    expect(demoDataWanted({ external: true, argv: ['--demo'], env: {} })).toBe(true);
    expect(demoDataWanted({ external: true, argv: [], env: { ZCS_DEMO: '1' } })).toBe(true);
  });
});
