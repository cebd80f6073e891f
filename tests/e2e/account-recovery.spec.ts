import { expect, test, type Page } from '@playwright/test';
import { asUser, newEmail, PASSWORD, signUp } from './helpers';

/** An operator opens the newest mail to `to` with this subject in the Outbox and returns its link to `path`. */
async function linkFromOutbox(operator: Page, to: string, subject: RegExp, path: string): Promise<string> {
  // The app sends the mail a moment after the request: reload the Outbox until it is there.
  await expect(async () => {
    await operator.goto('/operate/outbox');
    await expect(operator.getByTestId('outbox-list').locator('li').filter({ hasText: to }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await operator.getByTestId('outbox-list').locator('li').filter({ hasText: to }).getByRole('link', { name: subject }).first().click();
  const link = operator.getByTestId('outbox-links').getByRole('link', { name: new RegExp(path) }).first();
  const href = await link.getAttribute('href');
  if (!href) throw new Error('the mail has no link');
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

test('a member who forgot the password resets it from the e-mail in the Outbox and signs in with the new one', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = await signUp(page, { name: '韩梦洁' });
  await page.context().clearCookies();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: '忘记密码？' }).click();
  await expect(page.getByRole('heading', { name: '忘记密码' })).toBeVisible();
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '发送重置链接' }).click();
  await expect(page.getByText('如果该邮箱已注册，重置链接已发送到邮箱')).toBeVisible();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const resetPath = await linkFromOutbox(operator.page, email, /重置你的众创空间密码/, 'reset-password');
  await operator.context.close();

  await page.goto(resetPath);
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  const newPassword = 'willow-compass-harbour-58';
  await page.getByLabel('新密码').fill(newPassword);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByText('密码已重置，请用新密码登录。')).toBeVisible();

  // The link worked once.
  await page.goto(resetPath);
  await expect(page.getByText('此重置链接无效、已使用或已过期')).toBeVisible();

  // The old password no longer works; the new one does.
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('密码').fill(newPassword);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test('a founder invites a teammate without an account, who signs up from the e-mail and joins the team', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 7);
  const projectName = `校园二手书 ${tag}`;
  await signUp(page, { name: '冯志远', intent: '创业者' });
  await page.locator('[data-section="entrepreneur"]').getByRole('link', { name: '登记项目' }).click();
  await page.getByLabel('项目名称').fill(projectName);
  await page.getByLabel('一句话介绍').fill('让教材在学长学妹之间流转。');
  await page.getByLabel('项目介绍').fill('二手教材交换平台。');
  await page.getByRole('checkbox', { name: '绿色环保' }).check();
  await page.getByRole('button', { name: '登记项目' }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+\/manage$/);

  const teammate = newEmail('teammate');
  await page.getByLabel('邀请成员（邮箱）').fill(teammate);
  await page.getByRole('button', { name: '发送邀请' }).click();
  await expect(page.getByText('邀请已发送')).toBeVisible();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const signUpPath = await linkFromOutbox(operator.page, teammate, /邀请你加入项目/, 'sign-up');
  await operator.context.close();

  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto(signUpPath);
  await expect(invited.getByLabel('电子邮箱')).toHaveValue(teammate);
  await invited.getByLabel('姓名').fill('卫思琪');
  await invited.getByLabel('密码').fill(PASSWORD);
  await invited.getByRole('button', { name: '创建账号' }).click();
  // The terms must be accepted first.
  await expect(invited.getByText('请阅读并同意用户协议和隐私政策。')).toBeVisible();
  await invited.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await invited.getByRole('button', { name: '创建账号' }).click();
  await expect(invited).toHaveURL(/\/dashboard/);

  // Signing up from the invitation proved the address: no verification banner, and the invitation can be accepted.
  await expect(invited.getByText('你的邮箱尚未验证')).toHaveCount(0);
  await expect(invited.getByText(`邀请你加入「${projectName}」`)).toBeVisible();
  await invited.getByRole('button', { name: '接受' }).click();
  await expect(invited.getByText('已加入团队。')).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByText('卫思琪')).toBeVisible();
});

test('a member downloads their data, then deletes the account and can no longer sign in', async ({ page }) => {
  test.setTimeout(180_000);
  const email = await signUp(page, { name: '沈若溪' });
  await page.goto('/terms');
  await expect(page.getByRole('heading', { name: '用户协议' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '九、适用法律与争议' })).toBeVisible();
  await page.goto('/profile');
  await page.getByRole('link', { name: '账号与隐私设置' }).click();
  await expect(page.getByRole('heading', { name: '账号与隐私' })).toBeVisible();
  await expect(page.locator('[data-consent="TERMS"]')).toContainText('版本');

  await page.getByRole('button', { name: '准备我的数据' }).click();
  await expect(page.getByText('已开始准备')).toBeVisible();
  // The job queue prepares the archive: reload until its link is there.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: /下载/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const href = await page.getByRole('link', { name: /下载/ }).getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  const archive = await download.json();
  expect(archive.profile.email).toBe(email);

  await page.getByLabel('输入当前密码以确认注销').fill(PASSWORD);
  await page.getByRole('button', { name: '永久注销我的账号' }).click();
  await expect(page).toHaveURL(/\/privacy\?deleted=1/);
  await expect(page.getByTestId('deletion-report')).toContainText('认捐记录');
  // Signed out, and the archive link is gone with the account.
  expect((await page.request.get(href!)).status()).toBe(401);

  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/sign-in/);
});
