import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { seriousViolations, signUp } from './helpers';

test.describe.configure({ timeout: 180_000 });

test('a founder uploads a project cover and sees it on the project page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tag = Math.random().toString(36).slice(2, 7);
  const name = `城市屋顶菜园 ${tag}`;
  await signUp(page, { name: '林可欣', intent: '创业者' });
  await page.goto('/projects/new');
  await page.getByLabel('项目名称').fill(name);
  await page.getByLabel('一句话介绍').fill('把闲置屋顶变成社区菜园。');
  await page.getByRole('button', { name: '登记项目' }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+\/manage$/);
  const projectUrl = page.url().replace(/\/manage$/, '');

  // A text file that claims to be a PNG is refused next to the field.
  const cover = page.getByLabel('项目封面');
  await cover.setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await page.getByRole('button', { name: '上传图片' }).first().click();
  await expect(page.getByText('只支持 PNG、JPEG 或 WebP 图片。')).toBeVisible();

  // A real photo: previewed in the browser, then stored and shown.
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 140, b: 90 } } }).jpeg().toBuffer();
  await cover.setInputFiles({ name: 'roof.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('img', { name: '所选图片的预览' })).toBeVisible();
  await expect(page.getByText('只支持 PNG、JPEG 或 WebP 图片。')).toHaveCount(0);
  // axe reads a toast mid-fade as low contrast: check once "项目已登记。" has gone.
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '上传图片' }).first().click();
  await expect(page.getByText('图片已保存。')).toBeVisible();

  await page.goto(projectUrl);
  const hero = page.getByTestId('cover-hero').getByRole('img', { name: `${name}的封面` });
  await expect(hero).toBeVisible();
  // The box is reserved before the file arrives (width and height attributes), and the file is real.
  expect(await hero.getAttribute('width')).toBe('1280');
  expect(await hero.getAttribute('height')).toBe('720');
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const src = (await hero.getAttribute('src'))!;
  const response = await page.request.get(src);
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await seriousViolations(page)).toEqual([]);

  // The gallery card shows it too.
  await page.goto(`/projects?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('img', { name: `${name}的封面` })).toBeVisible();
  await context.close();
});

test('the demo pages show their pictures and the site describes itself to browsers and apps', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/campaigns');
  await expect(page.getByTestId('campaign-card').first().getByRole('img')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/events');
  await expect(page.getByTestId('event-card').first().getByRole('img')).toBeVisible();

  await page.goto('/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /众创空间/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og-image\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await page.goto('/en');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Zhongchuang Space/);
  const manifest = await page.request.get('/manifest.webmanifest');
  expect((await manifest.json()).icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const path of ['/favicon.ico', '/icon.svg', '/apple-touch-icon.png', '/og-image.png']) expect((await page.request.get(path)).status(), path).toBe(200);
  await context.close();
});
