import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

test('a visitor copies a campaign link from its share card and finds a WeChat QR code beside it', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  await page.goto('/campaigns');
  await page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+$/);
  const path = new URL(page.url()).pathname;
  const card = page.getByTestId('share-card');
  await expect(card.getByRole('heading', { name: '分享' })).toBeVisible();
  const link = card.getByLabel('页面链接');
  await expect(link).toHaveValue(new RegExp(`${path}$`));
  await expect(card.getByRole('img', { name: '打开“智能导盲杖：让每一步都更安心”的二维码' })).toBeVisible();
  await card.getByRole('button', { name: '复制链接' }).click();
  await expect(card.getByRole('status')).toHaveText('链接已复制，可以粘贴给朋友了。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  expect(await seriousViolations(page)).toEqual([]);

  // The project page shares its own address the same way.
  await page.getByRole('link', { name: '智能导盲杖' }).first().click();
  await expect(page).toHaveURL(/\/projects\/[a-z0-9]+$/);
  await expect(page.getByTestId('share-card').getByLabel('页面链接')).toHaveValue(new RegExp(`${new URL(page.url()).pathname}$`));
  await context.close();
});

test("a member's home leads to their own next things, a visitor's home shows nothing extra", async ({ browser }) => {
  const visitor = await browser.newContext();
  const vp = await visitor.newPage();
  const me = vp.waitForResponse((r) => new URL(r.url()).pathname === '/api/me');
  await vp.goto('/');
  await me;
  // The viewer has answered (a visitor), and the page has no personal box at all.
  await expect(vp.getByRole('link', { name: '已有账号，登录' })).toBeVisible();
  await expect(vp.getByTestId('my-next')).toHaveCount(0);
  await visitor.close();

  const member = await asUser(browser, 'member@demo.zcs.cn');
  const page = member.page;
  await page.goto('/');
  const box = page.getByTestId('my-next');
  await expect(box.getByRole('heading', { name: /你接下来的安排/ })).toBeVisible();
  for (const key of ['booking', 'session', 'event', 'tasks', 'unread']) await expect(box.getByTestId(`my-next-${key}`).getByRole('link')).toBeVisible();
  const hrefs = await box.locator('[data-testid^="my-next-"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^\/(bookings(\/mine)?|mentoring(\/sessions\/\w+)?|events(\/\w+)?|tasks(\/mine|\/\w+)?|notifications)$/);
  expect(await seriousViolations(page)).toEqual([]);
  await box.getByTestId('my-next-unread').getByRole('link').click();
  await expect(page).toHaveURL(/\/notifications$/);
  await member.context.close();
});
