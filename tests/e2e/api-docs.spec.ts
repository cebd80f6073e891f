import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the API reference lists each route with its access and error codes, from the site itself only', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!)) foreign.push(r.url());
  });
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { level: 1, name: 'API 参考' })).toBeVisible();

  const pledge = page.locator('#op-createPledge');
  await expect(pledge.getByRole('heading', { name: /POST\s*\/api\/v1\/campaigns\/\{id\}\/pledges/ })).toBeVisible();
  await expect(pledge.getByText('访问方式: 令牌', { exact: true })).toBeVisible();
  await expect(pledge.getByText('TIER_SOLD_OUT')).toBeVisible();
  await expect(pledge.getByText('Idempotency-Key')).toBeVisible();
  await expect(page.locator('#op-registerForEvent').getByText('访问方式: 令牌或会话 Cookie', { exact: true })).toBeVisible();
  await expect(page.locator('#op-listEvents').getByText('访问方式: 公开', { exact: true })).toBeVisible();
  // The site's own header and footer frame it, and the footer links here.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'API 文档' })).toHaveAttribute('href', '/api-docs');

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(foreign).toEqual([]);

  const json = await page.request.get('/api/v1/openapi.json');
  expect(json.status()).toBe(200);
  expect((await json.json()).openapi).toBe('3.1.0');
  await context.close();
});

test('the API reference reads in English under /en', async ({ page }) => {
  await page.goto('/en/api-docs');
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  await expect(page.locator('#op-createBooking').getByText('Book a resource')).toBeVisible();
  await expect(page.locator('#op-listProjects').getByText('Public; a token widens the view')).toBeVisible();
});
