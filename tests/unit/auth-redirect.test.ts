import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';
import { forwardedAddress } from '@/lib/auth/client-address';

describe('where sign-in returns to', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNextPath('/bookings?week=2026-12-07#mon')).toBe('/bookings?week=2026-12-07#mon');
  });

  it('refuses a tab or newline that the browser would drop to make another host', () => {
    expect(safeNextPath('/\t/evil.invalid')).toBe('/dashboard');
    expect(safeNextPath('/\n/evil.invalid')).toBe('/dashboard');
    expect(safeNextPath('/\r\n/evil.invalid/x')).toBe('/dashboard');
  });

  it('refuses other hosts however they are spelled', () => {
    for (const next of ['//evil.invalid', '/\\evil.invalid', '\\\\evil.invalid', 'https://evil.invalid/dashboard', 'https:evil.invalid', 'http:evil.invalid', 'evil.invalid', 'javascript:alert(1)', ' //evil.invalid']) {
      expect(safeNextPath(next), next).toBe('/dashboard');
    }
  });

  it('never returns a path that a browser would read as another host', () => {
    expect(safeNextPath('/.//evil.invalid')).toBe('/evil.invalid');
    expect(safeNextPath('/x/..//evil.invalid')).toBe('/evil.invalid');
  });

  it('turns garbage into the dashboard instead of an error', () => {
    for (const next of [undefined, null, 42, '', '/http://[::1', '\r\nSet-Cookie: x=1', `/${'x'.repeat(3000)}`]) expect(safeNextPath(next)).not.toMatch(/^\/\/|[\r\n]/);
    for (const next of [undefined, null, 42, '', '\r\nSet-Cookie: x=1', `/${'x'.repeat(3000)}`]) expect(safeNextPath(next)).toBe('/dashboard');
    // A newline inside a path is dropped by the parser, so the header stays valid.
    expect(safeNextPath('/dash\nboard')).toBe('/dashboard');
    expect(safeNextPath('/projects?q=a\nb')).toBe('/projects?q=ab');
  });
});

describe('which X-Forwarded-For entry is believed', () => {
  it('believes none without trusted proxies', () => {
    expect(forwardedAddress('203.0.113.9', 0)).toBeNull();
  });

  it('takes the entry written by the outermost trusted proxy, not what the client prepended', () => {
    expect(forwardedAddress('6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(forwardedAddress('6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('believes nothing when the chain is shorter than the proxies it should have passed', () => {
    expect(forwardedAddress('203.0.113.9', 2)).toBeNull();
    expect(forwardedAddress(null, 1)).toBeNull();
  });
});
