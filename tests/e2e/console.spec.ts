import { expect, test } from '@playwright/test';
import { asUser, seriousViolations, signUp } from './helpers';

test('an operator clears the inbox: approves a booking, returns a campaign and scores an application', async ({ page, browser }) => {
  // A member asks for the 3D printer, which needs an operator's approval.
  const email = await signUp(page, { name: '龚子墨', intent: '创客 / 成员' });
  await page.goto('/bookings');
  await page.getByRole('link', { name: /3D 打印机/ }).first().click();
  await page.getByTestId('booking-calendar').locator('button[data-state="free"]').first().click();
  await page.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByText('已提交，等待运营审核')).toBeVisible();

  const { context, page: op } = await asUser(browser, 'operator@demo.zcs.cn');
  await op.goto('/operate');
  const inbox = op.getByTestId('inbox');
  await expect(inbox.locator('[data-queue="bookings"]')).toBeVisible();
  await expect(inbox.locator('[data-queue="campaigns"]')).toBeVisible();
  await expect(inbox.locator('[data-queue="applications"]')).toBeVisible();
  const nav = op.getByRole('navigation', { name: '控制台导航' });
  await expect(nav.getByRole('link', { name: /总览/ })).toHaveAttribute('aria-current', 'page');

  // Approve: search the queue, select with the keyboard, approve in bulk, read the result.
  await nav.getByRole('link', { name: /预约审核/ }).click();
  await expect(op.getByRole('heading', { level: 1, name: '预约审核' })).toBeVisible();
  await op.getByLabel('搜索成员、邮箱或资源').fill(email);
  await op.getByRole('button', { name: '筛选' }).click();
  await expect(op.getByTestId('queue-row')).toHaveCount(1);
  const row = op.getByTestId('queue-row').first();
  await expect(row).toContainText('3D 打印机');
  await expect(row.getByTestId('row-no-shows')).toContainText('近 90 天无爽约');
  await row.getByRole('checkbox').focus();
  await op.keyboard.press('x');
  await expect(op.getByText('已选 1 项')).toBeVisible();
  await op.getByTestId('bulk-approve').click();
  await expect(op.getByTestId('bulk-result')).toContainText('已处理 1 项，0 项未处理');
  await expect(op.getByTestId('queue-row')).toHaveCount(0);

  // Return a campaign from its review panel with a preset reason.
  await nav.getByRole('link', { name: /众筹审核/ }).click();
  await op.getByTestId('campaign-review-row').first().getByRole('link').click();
  await expect(op.getByTestId('checklist')).toBeVisible();
  await op.getByLabel('请说明风险与应对').check();
  await op.getByRole('button', { name: '退回修改' }).click();
  await expect(op.getByText('此众筹当前不在待审核状态。')).toBeVisible({ timeout: 30_000 });
  await expect(op.getByTestId('review-history')).toContainText('请说明风险与应对');

  // Score an application: every criterion starts unscored; one save for the whole sheet.
  await nav.getByRole('link', { name: /入孵评审/ }).click();
  await op.getByRole('link', { name: '2026 秋季入孵' }).click();
  await op.getByRole('link', { name: '电池回收柜' }).click();
  const sheet = op.getByTestId('score-sheet');
  await expect(sheet).toBeVisible();
  const selects = sheet.getByRole('combobox');
  const n = await selects.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(selects.nth(i)).toHaveValue('');
  for (let i = 0; i < n; i++) await selects.nth(i).selectOption('4');
  await sheet.getByRole('button', { name: '保存评分' }).click();
  await expect(op.getByText('评分已保存')).toBeVisible();
  await context.close();
});

test('the console pages have no serious or critical accessibility violations, and the sidebar folds on a phone', async ({ browser }) => {
  // Eight pages analysed by axe on a shared machine: more than the default two minutes.
  test.setTimeout(300_000);
  const { context, page } = await asUser(browser, 'admin@demo.zcs.cn');
  for (const path of ['/operate', '/operate/bookings', '/operate/campaigns', '/operate/role-requests', '/operate/task-approvals', '/operate/payouts', '/admissions']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  // Every page the sidebar links to keeps the sidebar, /operate or not, with its own link marked.
  for (const [path, label] of [['/admissions', '入孵评审'], ['/tasks/operations', '任务争议'], ['/admin/users', '用户管理']]) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: '控制台导航' }).locator('a[aria-current="page"]'), path).toContainText(label);
  }
  await page.goto('/operate/campaigns');
  const link = page.getByTestId('campaign-review-row').first().getByRole('link');
  if (await link.count()) {
    await link.click();
    await expect(page.getByTestId('checklist')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/operate');
  const toggle = page.getByRole('button', { name: /控制台菜单/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: '控制台导航' })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: '控制台导航' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('an admin approves a founder’s bounty task from the task-approval queue, and the audit log names the action', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'admin@demo.zcs.cn');
  await page.goto('/operate');
  const nav = page.getByRole('navigation', { name: '控制台导航' });
  await nav.getByRole('link', { name: /任务审核/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '任务审核' })).toBeVisible();
  await page.getByLabel('搜索标题、发布者或项目').fill('智能花盆配套');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await page.getByTestId('queue-row').first().getByRole('checkbox').check();
  await page.getByTestId('bulk-approve').click();
  await expect(page.getByTestId('bulk-result')).toContainText('已处理 1 项，0 项未处理');
  await expect(page.getByTestId('queue-row')).toHaveCount(0);

  await page.goto('/operate/audit?action=task.approve');
  const row = page.getByTestId('audit-row').first();
  await expect(row).toContainText('审核通过任务');
  await expect(row).toContainText('task.approve');
  await expect(page.getByLabel('操作', { exact: true })).toHaveValue('task.approve');
  await context.close();
});
