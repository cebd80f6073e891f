import { describe, expect, it } from 'vitest';
import { isStorageKey } from '@/lib/storage';
import { parseStorageUrl } from '@/lib/storage/s3';
import { imageSource, imageWidthsFor, variantKeysOf } from '@/lib/media/pictures';
import { sniffImageType } from '@/lib/media/process';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('uploads', () => {
  it('tells the image type from the bytes, not the name', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<html><script>'))).toBeNull();
  });

  it('accepts only flat generated key names', () => {
    expect(isStorageKey('0123456789abcdef01234567_1280x720-640.webp')).toBe(true);
    expect(isStorageKey('0123456789abcdef0123456789abcdef.png')).toBe(true);
    for (const bad of ['../../etc/passwd', 'a/b.webp', 'x.svg', '.hidden.png', 'UPPER.png', '']) expect(isStorageKey(bad)).toBe(false);
  });

  it('reads an S3 address with its keys, host, port and bucket', () => {
    expect(parseStorageUrl('s3://AK%2F1:se%40cret@127.0.0.1:9000/zcs-uploads?region=cn-north-1')).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'zcs-uploads',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AK/1', secretAccessKey: 'se@cret' },
    });
    expect(parseStorageUrl('s3s://k:s@oss.example.cn/b').endpoint).toBe('https://oss.example.cn');
    expect(() => parseStorageUrl('s3://k:s@host:9000/')).toThrow(/bucket/);
  });

  it('derives every web size and the box of a picture from its key', () => {
    expect(imageWidthsFor(1280)).toEqual([320, 640, 1280]);
    expect(imageWidthsFor(500)).toEqual([320, 500]);
    expect(imageWidthsFor(200)).toEqual([200]);
    const key = '0123456789abcdef01234567_500x250';
    expect(variantKeysOf(key)).toEqual([`${key}-320.webp`, `${key}-500.webp`]);
    expect(imageSource(key)).toEqual({ src: `/api/files/${key}-500.webp`, srcSet: `/api/files/${key}-320.webp 320w, /api/files/${key}-500.webp 500w`, width: 500, height: 250 });
    expect(imageSource('0123456789abcdef0123456789abcdef.png')).toEqual({ src: '/api/files/0123456789abcdef0123456789abcdef.png' });
  });
});
