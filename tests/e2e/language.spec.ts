import { expect, test } from '@playwright/test';

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByRole('button', { name: '切换语言' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Switch language' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('English visitors get English, Chinese visitors get Chinese', async ({ browser }) => {
  const en = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } });
  const enPage = await en.newPage();
  await enPage.goto('/');
  await expect(enPage).toHaveURL(/\/en$/);
  await expect(enPage.getByRole('heading', { level: 1 })).toHaveText('From 0 to 1, right here');
  await en.close();

  const zh = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
  const zhPage = await zh.newPage();
  await zhPage.goto('/');
  await expect(zhPage.getByRole('heading', { level: 1 })).toHaveText('从 0 到 1，在这里发生');
  await zh.close();
});

test('validation messages follow the chosen language', async ({ page }) => {
  await page.goto('/en/sign-up');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('The password needs at least 10 characters.')).toBeVisible();
});
