import { expect, test, type Page } from '@playwright/test';
import { asUser } from './helpers';

/** Collects every Content-Security-Policy violation a page reports, from the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

test('cached public pages run under the nonce-free policy, sign-in under the nonce policy, all without violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await watchViolations(page);

  // Cached for everyone, so no nonce: the page's own inline scripts and this origin's files only.
  const home = await page.goto('/');
  const policy = home?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(policy).not.toContain('nonce-');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toContain("form-action 'self'");
  await expect(page.getByRole('link', { name: '众筹' }).first()).toBeVisible();
  // Hydrated: the header's personal corner is filled in from /api/me.
  await expect(page.getByTestId('header-account').getByRole('link', { name: '登录' })).toBeVisible();

  const signIn = await page.goto('/sign-in');
  expect(signIn?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  // Hydrated: the client-side form reacts (a refused sign-in shows its message without a reload).
  await page.getByLabel('电子邮箱').fill('nobody@e2e.zcs.cn');
  await page.getByLabel('密码').fill('wrong-password-x');
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect(page.getByRole('alert').first()).toBeVisible();

  await page.goto('/campaigns');
  await page.locator('a[href*="/campaigns/"]').first().click();
  await expect(page).toHaveURL(/\/campaigns\/[^/]+$/);
  // The chart's code loads as the chart nears the viewport.
  await page.getByTestId('funding-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  // Loaded directly, not by a client-side navigation: the cached page's own policy.
  const campaign = await page.reload();
  expect(campaign?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // The chart's code loads as the chart nears the viewport.
  await page.getByTestId('funding-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();

  expect(violations).toEqual([]);
  await context.close();
});

test('an operator page runs under the nonce policy without violations', async ({ browser }) => {
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const violations = await watchViolations(operator.page);
  const res = await operator.page.goto('/operate');
  expect(res?.headers()['content-security-policy']).toContain("'strict-dynamic'");
  await expect(operator.page.getByRole('heading').first()).toBeVisible();
  await operator.page.goto('/dashboard');
  await expect(operator.page.getByRole('heading').first()).toBeVisible();
  expect(violations).toEqual([]);
  await operator.context.close();
});

test('a page of a nonexistent address answers 404 and the nonce differs per response', async ({ request }) => {
  const missing = await request.get('/no-such-page-here');
  expect(missing.status()).toBe(404);
  const a = (await request.get('/sign-in')).headers()['content-security-policy'];
  const b = (await request.get('/sign-in')).headers()['content-security-policy'];
  expect(a).not.toBe(b);
});
