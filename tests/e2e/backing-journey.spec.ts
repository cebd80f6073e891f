import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

test('an investor goes from browsing to a receipt through a checkout with a shipping address', async ({ browser }) => {
  const investor = await asUser(browser, 'investor@demo.zcs.cn');
  const page = investor.page;
  await page.goto('/campaigns');
  await page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+$/);
  const campaignUrl = page.url();
  // Tier cards show backers and the delivery month, and open the checkout with the tier picked.
  const tier = page.getByTestId('tier-cards').getByRole('link', { name: /标准版导盲杖/ });
  await expect(tier).toContainText('人支持');
  await expect(tier).toContainText(/预计\d{4}年\d{1,2}月发货/);
  await tier.click();
  await expect(page).toHaveURL(/\/checkout\/[a-z0-9]+\?tier=/);
  await expect(page.getByRole('radio', { name: /标准版导盲杖/ })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);

  // Paying without a method, then without an address, says what is missing, next to it.
  await page.getByRole('button', { name: '确认支持 ¥399' }).click();
  await expect(page.getByText('请选择支付方式。')).toBeVisible();
  await page.getByRole('radio', { name: /微信支付/ }).check();
  await page.getByRole('button', { name: '确认支持 ¥399' }).click();
  await expect(page.getByLabel('收件人')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('收件人').fill('王小明');
  await page.getByLabel('手机号').fill('13800138000');
  await page.getByLabel('详细地址').fill('上海市杨浦区国定路 335 号');
  await page.getByRole('button', { name: '确认支持 ¥399' }).click();

  // The receipt replaces the form, in the history too.
  await expect(page.getByRole('heading', { name: '支持成功' })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/pledges\/[a-z0-9]+$/);
  await expect(page.getByTestId('order-number')).toHaveText(/^ZC[0-9A-F]{12}$/);
  await expect(page.getByText('微信支付')).toBeVisible();
  await expect(page.getByText('上海市杨浦区国定路 335 号')).toBeVisible();
  await expect(page.getByText('北京时间')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goBack();
  await expect(page).toHaveURL(campaignUrl);
  await expect(page.getByTestId('my-pledges')).toContainText('¥399');
  await investor.context.close();
});
