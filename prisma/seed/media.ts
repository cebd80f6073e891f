import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Tx } from '@/lib/db';
import { storage, type Storage } from '@/lib/storage';
import { imageWidthsFor, variantKey } from '@/lib/media/pictures';
import { progress } from './progress';

/**
 * Demo pictures, drawn at seed time: SVG compositions (gradients, shapes, patterns) rendered by
 * sharp into the same WebP web sizes an upload gets. Nothing is downloaded and no binary file is
 * shipped. A picture's key is derived from what it shows, so loading the demo again reuses the
 * files already stored instead of drawing them anew.
 */

const PALETTES = [
  ['#2563eb', '#7c3aed', '#a5b4fc'],
  ['#059669', '#0891b2', '#a7f3d0'],
  ['#ea580c', '#db2777', '#fed7aa'],
  ['#0d9488', '#4f46e5', '#99f6e4'],
  ['#ca8a04', '#dc2626', '#fde68a'],
  ['#0284c7', '#16a34a', '#bae6fd'],
  ['#9333ea', '#e11d48', '#f5d0fe'],
  ['#334155', '#0ea5e9', '#cbd5e1'],
];

type Motif = 'orbits' | 'waves' | 'confetti' | 'blocks' | 'glyph' | 'portrait';

function rng(seed: string) {
  let h = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    // xorshift32: a few deterministic numbers per picture
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    return ((h >>> 0) % 10_000) / 10_000;
  };
}

function svgFor(seed: string, motif: Motif, w: number, h: number): string {
  const r = rng(seed);
  const [a, b, c] = PALETTES[Math.floor(r() * PALETTES.length)];
  const angle = Math.floor(r() * 360);
  const shapes: string[] = [];
  const n = (lo: number, hi: number) => lo + r() * (hi - lo);
  if (motif === 'orbits') {
    for (let i = 0; i < 5; i++) shapes.push(`<circle cx="${n(0, w)}" cy="${n(0, h)}" r="${n(h * 0.15, h * 0.6)}" fill="${i % 2 ? c : '#fff'}" fill-opacity="${n(0.08, 0.22)}"/>`);
    for (let i = 0; i < 3; i++) shapes.push(`<circle cx="${n(w * 0.2, w * 0.8)}" cy="${n(h * 0.2, h * 0.8)}" r="${n(h * 0.2, h * 0.45)}" fill="none" stroke="#fff" stroke-opacity="0.35" stroke-width="${n(2, 6)}"/>`);
    shapes.push(`<rect width="${w}" height="${h}" fill="url(#dots)"/>`);
  } else if (motif === 'waves') {
    for (let i = 0; i < 4; i++) {
      const y = h * (0.45 + i * 0.14);
      const amp = n(h * 0.05, h * 0.14);
      shapes.push(`<path d="M0 ${y} C ${w * 0.25} ${y - amp}, ${w * 0.5} ${y + amp}, ${w * 0.75} ${y - amp / 2} S ${w} ${y + amp}, ${w} ${y} V ${h} H 0 Z" fill="#fff" fill-opacity="${0.1 + i * 0.06}"/>`);
    }
    shapes.push(`<circle cx="${n(w * 0.6, w * 0.9)}" cy="${n(h * 0.15, h * 0.35)}" r="${h * 0.12}" fill="${c}" fill-opacity="0.8"/>`);
  } else if (motif === 'confetti') {
    for (let i = 0; i < 26; i++) {
      const x = n(0, w), y = n(0, h), s = n(h * 0.03, h * 0.09), rot = Math.floor(n(0, 360));
      const fill = [c, '#fff', b][i % 3];
      shapes.push(i % 2
        ? `<rect x="${x}" y="${y}" width="${s}" height="${s * 0.5}" rx="${s * 0.12}" fill="${fill}" fill-opacity="0.55" transform="rotate(${rot} ${x} ${y})"/>`
        : `<polygon points="${x},${y - s} ${x + s},${y + s} ${x - s},${y + s}" fill="${fill}" fill-opacity="0.45" transform="rotate(${rot} ${x} ${y})"/>`);
    }
    shapes.push(`<rect x="${w * 0.08}" y="${h * 0.62}" width="${w * 0.5}" height="${h * 0.06}" rx="${h * 0.03}" fill="#fff" fill-opacity="0.5"/>`);
  } else if (motif === 'blocks') {
    const cols = 6, size = w / cols;
    for (let i = 0; i < cols; i++) {
      const bh = n(h * 0.25, h * 0.75);
      shapes.push(`<rect x="${i * size + size * 0.12}" y="${h - bh}" width="${size * 0.76}" height="${bh}" rx="${size * 0.1}" fill="#fff" fill-opacity="${n(0.12, 0.3)}"/>`);
    }
    shapes.push(`<rect width="${w}" height="${h}" fill="url(#grid)"/>`);
  } else if (motif === 'glyph') {
    const cx = w / 2, cy = h / 2, s = w * 0.26;
    const kind = Math.floor(r() * 4);
    shapes.push(kind === 0
      ? `<circle cx="${cx}" cy="${cy}" r="${s}" fill="none" stroke="#fff" stroke-width="${w * 0.07}"/>`
      : kind === 1
        ? `<polygon points="${cx},${cy - s} ${cx + s},${cy + s * 0.8} ${cx - s},${cy + s * 0.8}" fill="#fff" fill-opacity="0.92"/>`
        : kind === 2
          ? `<polygon points="${[0, 1, 2, 3, 4, 5].map((k) => `${cx + s * Math.cos((Math.PI / 3) * k)},${cy + s * Math.sin((Math.PI / 3) * k)}`).join(' ')}" fill="#fff" fill-opacity="0.9"/>`
          : `<rect x="${cx - s}" y="${cy - s}" width="${s * 2}" height="${s * 2}" rx="${s * 0.45}" fill="none" stroke="#fff" stroke-width="${w * 0.07}" transform="rotate(45 ${cx} ${cy})"/>`);
    shapes.push(`<circle cx="${cx + s * 0.9}" cy="${cy - s * 0.9}" r="${s * 0.28}" fill="${c}"/>`);
  } else {
    // An abstract portrait: a head and shoulders in soft tones (no faces, no real person).
    shapes.push(`<circle cx="${w / 2}" cy="${h * 0.4}" r="${w * 0.19}" fill="${c}" fill-opacity="0.95"/>`);
    shapes.push(`<ellipse cx="${w / 2}" cy="${h * 1.02}" rx="${w * 0.36}" ry="${h * 0.34}" fill="${c}" fill-opacity="0.85"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient>
    <pattern id="dots" width="28" height="28" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="2" fill="#fff" fill-opacity="0.18"/></pattern>
    <pattern id="grid" width="40" height="40" patternUnits="userSpaceOnUse"><path d="M40 0H0V40" fill="none" stroke="#fff" stroke-opacity="0.12" stroke-width="1.5"/></pattern>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#bg)"/>
  ${shapes.join('\n  ')}
</svg>`;
}

/** Draws one demo picture into storage (unless it is there already) and answers its key. */
export async function drawDemoImage(seed: string, motif: Motif, w: number, h: number, files: Storage = storage): Promise<string> {
  const id = createHash('sha256').update(`${motif}:${w}x${h}:${seed}`).digest('hex').slice(0, 24);
  const key = `${id}_${w}x${h}`;
  const widths = imageWidthsFor(w);
  if (await files.get(variantKey(key, widths[0]))) return key;
  // Rasterized once into raw pixels; each web size is cut from those (no PNG round trip).
  const { data, info } = await sharp(Buffer.from(svgFor(seed, motif, w, h))).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  await Promise.all(
    widths.map(async (width) => files.put(variantKey(key, width), new Uint8Array(await sharp(data, raw).resize({ width }).webp({ quality: 78, effort: 2 }).toBuffer()), 'image/webp')),
  );
  return key;
}

type Job = () => Promise<void>;

/** Runs the drawing jobs a few at a time (sharp works on libuv's thread pool). */
async function runAll(label: string, jobs: Job[]) {
  const bar = progress(label, jobs.length);
  let done = 0;
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        await job();
        bar.tick(++done);
      }
    }),
  );
  bar.done();
}

export async function seedMedia(db: Tx, files: Storage = storage): Promise<void> {
  const [projects, campaigns, events, resources, people] = await Promise.all([
    db.project.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, name: true } }),
    db.campaign.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, title: true } }),
    db.event.findMany({ orderBy: { startsAt: 'asc' }, select: { id: true, title: true } }),
    db.resource.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.user.findMany({ where: { email: { in: ['founder@demo.zcs.cn', 'mentor@demo.zcs.cn', 'investor@demo.zcs.cn', 'member@demo.zcs.cn', 'operator@demo.zcs.cn', 'member01@demo.zcs.cn', 'member02@demo.zcs.cn', 'member04@demo.zcs.cn'] } }, select: { id: true, name: true } }),
  ]);
  // Drawing runs a few at a time; the rows are written afterwards, one statement after another
  // (the seed's transaction is one connection).
  const jobs: Job[] = [];
  const updates: (() => Promise<unknown>)[] = [];
  const gallery: { kind: 'PROJECT' | 'CAMPAIGN'; subjectId: string; key: string; position: number }[] = [];
  const draw = (seed: string, motif: Motif, w: number, h: number, use: (key: string) => void) => jobs.push(async () => use(await drawDemoImage(seed, motif, w, h, files)));
  projects.forEach((p, i) => {
    const data: { coverKey?: string; logoKey?: string } = {};
    draw(p.name, 'orbits', 1280, 720, (k) => (data.coverKey = k));
    draw(p.name, 'glyph', 320, 320, (k) => (data.logoKey = k));
    updates.push(() => db.project.update({ where: { id: p.id }, data, select: { id: true } }));
    if (i < 3) (['blocks', 'waves', 'confetti'] as const).forEach((motif, n) => draw(`${p.name}#${n}`, motif, 960, 720, (key) => gallery.push({ kind: 'PROJECT', subjectId: p.id, key, position: n })));
  });
  campaigns.forEach((c, i) => {
    draw(c.title, 'waves', 1280, 720, (coverKey) => updates.push(() => db.campaign.update({ where: { id: c.id }, data: { coverKey }, select: { id: true } })));
    if (i < 2) (['blocks', 'orbits'] as const).forEach((motif, n) => draw(`${c.title}#${n}`, motif, 960, 720, (key) => gallery.push({ kind: 'CAMPAIGN', subjectId: c.id, key, position: n })));
  });
  for (const e of events) draw(e.title, 'confetti', 1280, 640, (coverKey) => updates.push(() => db.event.update({ where: { id: e.id }, data: { coverKey }, select: { id: true } })));
  for (const r of resources) draw(r.name, 'blocks', 1280, 640, (photoKey) => updates.push(() => db.resource.update({ where: { id: r.id }, data: { photoKey }, select: { id: true } })));
  for (const u of people) draw(u.name, 'portrait', 320, 320, (avatarKey) => updates.push(() => db.user.update({ where: { id: u.id }, data: { avatarKey }, select: { id: true } })));
  await runAll('pictures', jobs);
  for (const update of updates) await update();
  await db.galleryImage.createMany({ data: gallery, skipDuplicates: true });
}
