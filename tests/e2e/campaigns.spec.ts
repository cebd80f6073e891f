import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser } from './helpers';

test('an owner drafts and submits, an operator approves, an investor pledges on a tier and the progress moves', async ({ browser }) => {
  // Three people, a review and a checkout: longer than the default budget on a busy machine.
  test.setTimeout(240_000);
  const title = `导盲杖配件众筹 ${randomUUID().slice(0, 6)}`;
  const owner = await asUser(browser, 'founder@demo.zcs.cn');
  await owner.page.goto('/dashboard/campaigns/new');
  await owner.page.getByRole('combobox', { name: '项目', exact: true }).selectOption({ label: '无障碍出行地图' });
  await owner.page.getByLabel('众筹标题').fill(title);
  await owner.page.getByLabel('项目故事', { exact: true }).fill('## 为什么\n让出行更**安全**。<script>alert(1)</script>');
  await owner.page.getByLabel('目标金额（元）').fill('1000');
  await owner.page.getByLabel('最低支持金额（元）').fill('1');
  await owner.page.getByLabel('众筹天数').fill('7');
  await owner.page.getByLabel('档位名称').first().fill('限量体验版');
  await owner.page.getByLabel('金额（元）', { exact: true }).first().fill('100');
  await owner.page.getByLabel('限量份数').first().fill('5');
  await owner.page.getByRole('button', { name: '保存草稿' }).click();
  await expect(owner.page.getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
  const url = owner.page.url();
  await expect(owner.page.getByText('草稿', { exact: true }).first()).toBeVisible();
  await owner.page.getByRole('button', { name: '提交审核' }).click();
  await expect(owner.page.getByText('已提交审核，运营人员通过后按计划上线。')).toBeVisible();
  await owner.context.close();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await expect(operator.page.locator('[data-section="campaign-review"]').getByText(title)).toBeVisible();
  await operator.page.goto(url);
  await operator.page.getByRole('button', { name: '批准上线' }).click();
  // The page re-renders with the new status (no start time was given, so it goes LIVE at once).
  await expect(operator.page.getByRole('button', { name: '批准上线' })).toHaveCount(0, { timeout: 30_000 });
  // LIVE at once, or at the latest on the job queue's next minute tick.
  await expect(async () => {
    await operator.page.reload();
    await expect(operator.page.getByText('众筹中').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  await operator.context.close();

  const investor = await asUser(browser, 'investor@demo.zcs.cn');
  await investor.page.goto(url);
  await expect(investor.page.getByTestId('raised')).toHaveText('¥0');
  await expect(investor.page.getByText('剩 5 份')).toBeVisible();
  await investor.page.getByRole('link', { name: /限量体验版/ }).click();
  await expect(investor.page.getByRole('radio', { name: /限量体验版/ })).toBeChecked();
  await expect(investor.page.getByLabel('支持金额（元）')).toHaveValue('100');
  await investor.page.getByRole('radio', { name: /银行卡/ }).check();
  await investor.page.getByRole('button', { name: '确认支持 ¥100' }).click();
  await expect(investor.page.getByRole('heading', { name: '支持成功' })).toBeVisible({ timeout: 30_000 });
  await investor.page.getByRole('link', { name: '返回众筹页' }).click();
  await expect(investor.page.getByTestId('raised')).toHaveText('¥100');
  await expect(investor.page.getByTestId('backers')).toHaveText('1');
  await expect(investor.page.getByText('剩 4 份')).toBeVisible();
  await expect(investor.page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '10');
  await expect(investor.page.getByTestId('my-pledges').getByText('已授权')).toBeVisible();
  // The story's markdown is rendered, its script is not.
  await expect(investor.page.locator('strong', { hasText: '安全' })).toBeVisible();
  await expect(investor.page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  await investor.context.close();
});

test('a declined sandbox payment shows a clear message and makes no pledge', async ({ browser }) => {
  const investor = await asUser(browser, 'investor@demo.zcs.cn');
  await investor.page.goto('/campaigns?q=智能导盲杖');
  await investor.page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
  await expect(investor.page).toHaveURL(/\/campaigns\/[a-z0-9]+$/);
  const raised = await investor.page.getByTestId('raised').textContent();
  await investor.page.getByRole('link', { name: /无需回报/ }).click();
  await investor.page.getByLabel('支持金额（元）').fill('100.13');
  await investor.page.getByRole('radio', { name: /支付宝/ }).check();
  await investor.page.getByRole('button', { name: /确认支持/ }).click();
  await expect(investor.page.getByText('支付被拒绝：授权未通过，没有扣款。请换一个金额或支付方式再试。')).toBeVisible();
  await investor.page.getByRole('link', { name: '返回众筹页' }).click();
  await expect(investor.page.getByTestId('raised')).toHaveText(raised ?? '');
  await investor.context.close();
});

test('a draft of another owner is a 404, and the browse list filters and pages', async ({ page }) => {
  const res = await page.goto('/campaigns');
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId('campaign-card').first()).toBeVisible();
  await page.getByLabel('排序').selectOption('funded');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/sort=funded/);
  await expect(page.getByTestId('campaign-card').first()).toContainText('141%');
  const api = await page.request.get('/api/v1/campaigns?limit=2&sort=newest');
  const body = await api.json();
  expect(body.items).toHaveLength(2);
  expect(typeof body.nextCursor).toBe('string');
  expect(Number.isInteger(body.items[0].goalFen)).toBe(true);
});

test('screenshots of the campaign pages at 1280 and 390 wide', async ({ browser }) => {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/campaigns');
    await page.screenshot({ path: `.data/screenshots/campaigns-${width}.png`, fullPage: true });
    await page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
    await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+$/);
    await expect(page.getByTestId('raised')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `.data/screenshots/campaign-${width}.png`, fullPage: true });
    await context.close();
  }
  const investor = await asUser(browser, 'investor@demo.zcs.cn');
  await investor.page.setViewportSize({ width: 390, height: 900 });
  await investor.page.goto('/campaigns?q=智能导盲杖');
  await investor.page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
  await expect(investor.page).toHaveURL(/\/campaigns\/[a-z0-9]+$/);
  await expect(investor.page.getByTestId('tier-cards')).toBeVisible({ timeout: 30_000 });
  await investor.page.screenshot({ path: '.data/screenshots/campaign-signed-in-390.png', fullPage: true });
  await investor.page.goto('/dashboard');
  await investor.page.screenshot({ path: '.data/screenshots/dashboard-investor-390.png', fullPage: true });
  await investor.context.close();
});
