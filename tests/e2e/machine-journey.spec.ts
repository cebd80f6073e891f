import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { asUser } from './helpers';

test('an uncertified member is led from a machine to its training instead of free slots', async ({ browser }) => {
  const member = await asUser(browser, 'member@demo.zcs.cn');
  const page = member.page;
  await page.goto('/bookings');
  await page.getByRole('link', { name: /激光切割机/ }).first().click();
  const gate = page.getByTestId('certification-gate');
  await expect(gate).toContainText('预约前需要「激光切割安全培训」认证');
  await expect(gate).toContainText('最近一期培训');
  await expect(gate).toContainText('北京时间');
  // No slot grid that the last step would refuse.
  await expect(page.getByRole('button', { name: /空闲|可预约/ })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await gate.getByRole('link', { name: /报名培训|去加入候补/ }).click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9]+$/);
  await expect(page.getByRole('heading', { name: /激光切割安全培训/ })).toBeVisible();
  await member.context.close();
});
