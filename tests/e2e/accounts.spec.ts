import { expect, test } from '@playwright/test';
import { newEmail, PASSWORD, signIn, signUp } from './helpers';

test('a new founder signs up and lands on a dashboard with their section', async ({ page }) => {
  await signUp(page, { name: '孙悦' });
  await expect(page.getByRole('heading', { name: '你好，孙悦' })).toBeVisible();
  await expect(page.getByText('账号已创建，欢迎加入众创空间！')).toBeVisible();
  await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
  await expect(page.getByText('登记你的第一个项目')).toBeVisible();
  // Operator-only and admin-only sections stay hidden.
  await expect(page.getByRole('heading', { name: '待审核的角色申请' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '成员管理' })).toHaveCount(0);
});

test('bad sign-up input is explained next to each field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('电子邮箱').fill('not-an-email');
  await page.getByLabel('密码').fill('short');
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByLabel('姓名')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('此项必填。')).toBeVisible();
  await expect(page.getByText('请输入有效的邮箱地址。')).toBeVisible();
  await expect(page.getByText('密码至少需要 10 个字符。')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
  // What was typed survives the failed attempt.
  await expect(page.getByLabel('电子邮箱')).toHaveValue('not-an-email');
});

test('a taken e-mail is refused by the server next to the e-mail field', async ({ page, browser }) => {
  const email = newEmail();
  const first = await browser.newContext();
  await signUp(await first.newPage(), { name: '周子墨', email });
  await first.close();

  await page.goto('/sign-up');
  await page.getByLabel('姓名').fill('周子墨');
  await page.getByLabel('电子邮箱').fill(email.toUpperCase());
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByText('该邮箱已注册，请直接登录。')).toBeVisible();
  await expect(page.getByLabel('电子邮箱')).toHaveAttribute('aria-invalid', 'true');
});

test('a wrong password gets a clear message, then the right one signs in', async ({ page }) => {
  const email = await signUp(page, { name: '钱多多' });
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('wrong-password-1');
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page.getByRole('alert').filter({ hasText: '邮箱或密码不正确。' })).toBeVisible();
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test('a signed-out visitor is sent to sign-in, and a member cannot open admin pages', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  await signUp(page, { name: '吴桐' });
  const res = await page.goto('/admin/users');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await signUp(page, { name: '郑好' });
  await page.getByRole('button', { name: '账户菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a sign-in link whose next points off-site lands on the dashboard, and a garbled one too', async ({ page }) => {
  const email = await signUp(page, { name: '冯安' });
  for (const next of ['%2F%09%2Fevil.invalid', '%2F%0A%2Fevil.invalid', '%0D%0ASet-Cookie%3A%20x%3D1', 'https%3A%2F%2Fevil.invalid']) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).last().click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard/);
    await expect(page.getByRole('heading', { name: '你好，冯安' })).toBeVisible();
  }
  // A path on this site is kept.
  await page.context().clearCookies();
  await page.goto(`/sign-in?next=${encodeURIComponent('/profile')}`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/profile$/);
});

test('a member who is already signed in and follows a sign-in link goes straight on to its page, never off-site', async ({ page }) => {
  await signUp(page, { name: '钱多' });
  await page.goto(`/sign-in?next=${encodeURIComponent('/profile')}`);
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto('/sign-in?next=https%3A%2F%2Fevil.invalid');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard/);
});

test('a weak password is refused at sign-up with the reason next to the field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('姓名').fill('蒋一');
  await page.getByLabel('电子邮箱').fill(newEmail());
  await page.getByLabel('密码').fill('aaaaaaaaaa');
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByText('重复的字符（如 aaaa、abcabc）很容易被猜到，请换一个。')).toBeVisible();
  await expect(page.getByLabel('密码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-up/);
});

test('a member changes their password on the profile page; other browsers are signed out', async ({ page, browser }) => {
  const email = await signUp(page, { name: '韩梅' });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);

  await page.goto('/profile');
  await page.getByLabel('当前密码').fill('not-my-password');
  await page.getByLabel('新密码').fill('aaaaaaaaaa');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('重复的字符（如 aaaa、abcabc）很容易被猜到，请换一个。')).toBeVisible();
  await page.getByLabel('新密码').fill('lantern-harbour-77');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('当前密码不正确。')).toBeVisible();
  await expect(page.getByLabel('当前密码')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('当前密码').fill(PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改，其他设备已退出登录')).toBeVisible();

  // This browser stays signed in; the other one is sent to sign-in.
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: '你好，韩梅' })).toBeVisible();
  await otherPage.goto('/dashboard');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await signIn(otherPage, email, 'lantern-harbour-77');
  await other.close();
});

test('signing out everywhere ends the session in every browser', async ({ page, browser }) => {
  const email = await signUp(page, { name: '曹青' });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);

  await page.goto('/profile');
  await page.getByRole('button', { name: '在所有设备上退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('你已在所有设备上退出登录，请重新登录。')).toBeVisible();
  await otherPage.goto('/dashboard');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});
