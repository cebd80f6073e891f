import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@/lib/share/links';
import { env } from '@/lib/env';
import { QrCode } from '@/components/ui/qr-code';

describe('sharing a public page', () => {
  it('links to the page at the public address, in the page language', () => {
    expect(canonicalUrl('/campaigns/c1', 'zh-CN')).toBe(new URL('/campaigns/c1', env.APP_URL).toString());
    expect(canonicalUrl('/campaigns/c1', 'en')).toBe(new URL('/en/campaigns/c1', env.APP_URL).toString());
  });

  it('draws one square per dark module of the code for exactly that link', () => {
    const url = canonicalUrl('/campaigns/c1', 'zh-CN');
    const svg = renderToStaticMarkup(createElement(QrCode, { value: url, label: '二维码', size: 128, quiet: 2 }));
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    const dark = Array.from(modules.data).filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)?.length).toBe(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
    expect(svg).toContain('aria-label="二维码"');
    // Another link gives another picture.
    const other = renderToStaticMarkup(createElement(QrCode, { value: canonicalUrl('/campaigns/c2', 'zh-CN'), label: '二维码', size: 128, quiet: 2 }));
    expect(other).not.toBe(svg);
  });
});
