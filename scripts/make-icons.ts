/**
 * Draws the site's icons and social preview into public/ from the mark in public/icon.svg:
 *   npx tsx scripts/make-icons.ts
 * The outputs are committed (run again only when the mark changes). The preview's lettering needs
 * a CJK font on the machine that runs this (Noto Sans CJK SC); the site itself needs none.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const PUBLIC = path.join(process.cwd(), 'public');
const BRAND = '#2446d8';

/** An .ico holding PNG images (allowed since Windows Vista; every current browser reads it). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

async function main() {
  const svg = await fs.readFile(path.join(PUBLIC, 'icon.svg'));
  const png = (size: number) => sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  // A full-bleed square for launchers that cut their own shape (maskable, apple-touch).
  const mark = svg.toString().replace('rx="9"', 'rx="0"');
  const padded = async (size: number) =>
    sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
      .composite([{ input: await sharp(Buffer.from(mark), { density: Math.ceil((72 * size * 0.8) / 32) }).resize(Math.round(size * 0.8)).png().toBuffer(), gravity: 'center' }])
      .png({ compressionLevel: 9 })
      .toBuffer();

  await fs.writeFile(path.join(PUBLIC, 'favicon.ico'), ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })))));
  await fs.writeFile(path.join(PUBLIC, 'icon-192.png'), await png(192));
  await fs.writeFile(path.join(PUBLIC, 'icon-512.png'), await png(512));
  await fs.writeFile(path.join(PUBLIC, 'icon-maskable-512.png'), await padded(512));
  await fs.writeFile(path.join(PUBLIC, 'apple-touch-icon.png'), await padded(180));

  const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d2e6f"/><stop offset="1" stop-color="${BRAND}"/></linearGradient>
    <pattern id="dots" width="32" height="32" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="2" fill="#fff" fill-opacity="0.12"/></pattern>
  </defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <rect width="1200" height="630" fill="url(#dots)"/>
  <circle cx="1040" cy="120" r="220" fill="#3761f0" fill-opacity="0.45"/>
  <circle cx="1110" cy="560" r="160" fill="#c2410c" fill-opacity="0.35"/>
  <g transform="translate(96 120) scale(4.5)"><rect width="32" height="32" rx="9" fill="#fff" fill-opacity="0.12"/><path d="M9 10h14l-14 12h14" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/><circle cx="24" cy="9" r="3" fill="#fb923c"/></g>
  <text x="96" y="370" font-family="Noto Sans CJK SC, sans-serif" font-size="88" font-weight="700" fill="#fff">众创空间</text>
  <text x="96" y="440" font-family="Noto Sans CJK SC, sans-serif" font-size="40" fill="#dbe6ff">Zhongchuang Space</text>
  <text x="96" y="520" font-family="Noto Sans CJK SC, sans-serif" font-size="30" fill="#bcd0ff">项目孵化 · 导师辅导 · 众筹 · 共享空间 — from 0 to 1</text>
</svg>`;
  await fs.writeFile(path.join(PUBLIC, 'og-image.png'), await sharp(Buffer.from(og)).png({ compressionLevel: 9 }).toBuffer());
  console.log('wrote favicon.ico, icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png, og-image.png');
}

main();
