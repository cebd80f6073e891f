import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

const WIDTHS = [390, 1024, 1280, 1440];
const PAGES = ['/', '/campaigns', '/projects', '/events', '/tasks', '/leaderboard'];
const ROLES = [
  { who: 'visitor', email: null, own: [] },
  { who: 'member', email: 'founder@demo.zcs.cn', own: ['/dashboard', '/bookings'] },
  { who: 'operator', email: 'operator@demo.zcs.cn', own: ['/dashboard', '/operate', '/operate/bookings'] },
] as const;

async function context(browser: Browser, email: string | null, locale: 'zh-CN' | 'en') {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await ctx.newPage();
  // Signed in through the form by field names: in an English browser /sign-in answers in English.
  if (email) {
    await page.goto('/sign-in');
    await page.locator('main input[name="email"]').fill(email);
    await page.locator('main input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/dashboard/);
  }
  return { ctx, page };
}

/** Loads a page in the language and waits for the header's personal corner to be filled in. */
async function open(page: Page, path: string, locale: 'zh-CN' | 'en', signedIn: boolean) {
  await page.goto(locale === 'en' ? `/en${path === '/' ? '' : path}` : path);
  const corner = page.getByTestId('header-account');
  if (signedIn) await expect(corner.getByTestId('notification-bell')).toBeAttached();
  else await expect(corner.getByRole('link').first()).toBeAttached();
}

for (const locale of ['zh-CN', 'en'] as const) {
  for (const { who, email, own } of ROLES) {
    test(`no page scrolls sideways for a ${who} in ${locale} at ${WIDTHS.join(', ')} px (the public pages and their own), and the avatar is never clipped`, async ({ browser }) => {
      // Up to 36 page loads: generous on a shared machine (nothing here is timed).
      test.setTimeout(720_000);
      const { ctx, page } = await context(browser, email, locale);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of [...PAGES, ...own]) {
          await open(page, path, locale, !!email);
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(innerWidth);
          if (email) {
            const box = await page.getByRole('button', { name: locale === 'en' ? 'Account menu' : '账户菜单' }).boundingBox();
            expect(box, `avatar on ${path} at ${width}px`).not.toBeNull();
            expect(box!.x).toBeGreaterThanOrEqual(0);
            expect(box!.x + box!.width, `avatar on ${path} at ${width}px`).toBeLessThanOrEqual(width);
          }
        }
      }
      await ctx.close();
    });
  }
}

test('a visitor on a phone reaches 登录 from the header of every page, and staff get one console entry', async ({ browser }) => {
  const { ctx, page } = await context(browser, null, 'zh-CN');
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [...PAGES, '/terms', '/sign-up']) {
    await open(page, path, 'zh-CN', false);
    await expect(page.getByTestId('header-account').getByRole('link', { name: '登录' })).toBeVisible();
  }
  // The menu holds it too.
  await page.getByRole('button', { name: '菜单' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: '登录' })).toBeVisible();
  await ctx.close();

  const operator = await context(browser, 'operator@demo.zcs.cn', 'zh-CN');
  await operator.page.setViewportSize({ width: 1440, height: 900 });
  await open(operator.page, '/', 'zh-CN', true);
  const nav = operator.page.getByTestId('main-nav');
  await expect(nav.getByRole('link', { name: '运营后台' }).or(nav.getByRole('button', { name: '更多' }))).toBeVisible();
  await expect(nav.getByRole('link', { name: '入孵管理' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '成员管理' })).toHaveCount(0);
  await operator.ctx.close();
});

test('screenshots of the header at 390 and 1440 wide in both languages, for a visitor and an operator', async ({ browser }) => {
  for (const email of [null, 'operator@demo.zcs.cn']) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { ctx, page } = await context(browser, email, locale);
      for (const width of [390, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await open(page, '/', locale, !!email);
        await page.locator('header').first().screenshot({ path: `.data/screenshots/header-${email ? 'operator' : 'visitor'}-${locale}-${width}.png` });
      }
      await ctx.close();
    }
  }
});
