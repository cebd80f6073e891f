import { expect, test } from '@playwright/test';
import { asUser, signUp } from './helpers';

test('an operator approves a mentor request and the mentor sees the new section', async ({ page, browser }) => {
  const email = await signUp(page, { name: '马思远', intent: '导师' });
  await expect(page.getByText('导师（审核中）')).toBeVisible();
  await expect(page.getByRole('heading', { name: '导师工作台' })).toHaveCount(0);

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const row = operator.page.getByTestId('role-request').filter({ hasText: email });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '批准' }).click();
  await expect(operator.page.getByText('已批准马思远的申请')).toBeVisible();
  await expect(operator.page.getByTestId('role-request').filter({ hasText: email })).toHaveCount(0);
  await operator.context.close();

  await page.reload();
  await expect(page.getByRole('heading', { name: '导师工作台' })).toBeVisible();
  await expect(page.getByText('导师（审核中）')).toHaveCount(0);
});

test('a rejection needs a reason, which the member then sees', async ({ page, browser }) => {
  const email = await signUp(page, { name: '冯晓彤', intent: '投资人' });
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const row = operator.page.getByTestId('role-request').filter({ hasText: email });
  await row.getByRole('button', { name: '驳回' }).click();
  const dialog = operator.page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认驳回' }).click();
  await expect(dialog.getByText('驳回时请填写原因。')).toBeVisible();
  await dialog.getByLabel('驳回原因').fill('请补充过往投资案例');
  await dialog.getByRole('button', { name: '确认驳回' }).click();
  await expect(operator.page.getByText('已驳回冯晓彤的申请')).toBeVisible();
  await operator.context.close();

  await page.reload();
  await expect(page.getByText('说明：请补充过往投资案例')).toBeVisible();
  await expect(page.getByText('未通过', { exact: true })).toBeVisible();
});

test('an admin grants the operator role from the users table', async ({ page, browser }) => {
  const email = await signUp(page, { name: '韩梅梅', intent: '创客 / 成员' });
  const admin = await asUser(browser, 'admin@demo.zcs.cn');
  await admin.page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.page.getByTestId('user-row').filter({ hasText: email });
  await row.getByRole('button', { name: '授予韩梅梅「运营」角色' }).click();
  await expect(admin.page.getByText('已授予韩梅梅「运营」角色')).toBeVisible();
  await admin.context.close();

  await page.reload();
  await expect(page.getByRole('heading', { name: '待审核的角色申请' })).toBeVisible();
});
