import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'zhongchuang2026';
export const PASSWORD = 'e2e-password-123';

export function newEmail(prefix = 'e2e') {
  return `${prefix}-${randomUUID().slice(0, 10)}@e2e.zcs.cn`;
}

export async function signUp(page: Page, opts: { name: string; email?: string; intent?: '创业者' | '创客 / 成员' | '导师' | '投资人' }) {
  const email = opts.email ?? newEmail();
  await page.goto('/sign-up');
  await page.getByLabel('姓名').fill(opts.name);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  if (opts.intent) await page.getByRole('radio', { name: new RegExp(opts.intent) }).check();
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('checkbox', { name: /排行榜/ }).check();
  await page.getByRole('checkbox', { name: /贡献主页/ }).check();
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  return email;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/** A separate signed-in browser context (axe needs pages made from contexts). */
export async function asUser(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

/** Resolves once React has hydrated the element (it carries React's fiber from then on). */
export async function waitForHydration(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber'))), { timeout: 30_000 })
    .toBe(true);
}

/** axe's serious and critical violations on the page (optionally outside one selector), one line each. */
export async function seriousViolations(page: Page, exclude?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (exclude ? builder.exclude(exclude) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
