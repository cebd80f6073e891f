import { expect, test } from '@playwright/test';
import { asUser, signUp } from './helpers';

test('a member sees the bell count after an operator decision, opens the centre and marks all read', async ({ page, browser }) => {
  const email = await signUp(page, { name: '钱文静', intent: '导师' });
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  await expect(page.getByTestId('notification-count')).toHaveCount(0);

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const row = operator.page.getByTestId('role-request').filter({ hasText: email });
  await row.getByRole('button', { name: '批准' }).click();
  await expect(operator.page.getByText('已批准钱文静的申请')).toBeVisible();
  await operator.context.close();

  await page.reload();
  await expect(page.getByTestId('notification-count')).toHaveText('1');
  await expect(bell).toHaveAccessibleName(/1 条未读通知/);
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { name: '通知', level: 1 })).toBeVisible();
  const list = page.getByTestId('notification-list');
  await expect(list.locator('li[data-unread="true"]')).toHaveCount(1);
  await expect(list).toContainText('你申请的「导师」角色已通过');

  await page.getByTestId('mark-all-read').click();
  await expect(page.getByText('已标为已读')).toBeVisible();
  await expect(list.locator('li[data-unread="true"]')).toHaveCount(0);
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
});
