import sharp from 'sharp';

/** A real picture of the given size and format, made in memory. */
export async function makeImage(format: 'png' | 'jpeg' | 'webp' = 'png', width = 1600, height = 900): Promise<Uint8Array<ArrayBuffer>> {
  const img = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });
  return new Uint8Array(await img[format]().toBuffer());
}

/** A JPEG carrying EXIF with a GPS position and a camera name, as a phone writes it. */
export async function makeJpegWithGps(): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 80, b: 60 } } })
    .withMetadata({
      exif: {
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 9', Copyright: 'someone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
      },
    })
    .jpeg()
    .toBuffer();
  return new Uint8Array(buf);
}
