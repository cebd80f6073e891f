import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

test.describe.configure({ timeout: 180_000 });

test('a member rates a finished booking 不满意, an operator calls back and classifies, and the member sees the outcome', async ({ browser }) => {
  const comment = `投影仪连不上 ${randomUUID().slice(0, 6)}`;
  const member = await asUser(browser, 'member@demo.zcs.cn');
  await member.page.goto('/bookings/mine?scope=past');
  await member.page.getByRole('link', { name: '评价', exact: true }).first().click();
  await expect(member.page).toHaveURL(/\/ratings\/booking\//);
  const ratingUrl = member.page.url();
  expect(await seriousViolations(member.page)).toEqual([]);
  // Sending without a level shows the field's error, not a failure.
  await member.page.getByRole('button', { name: '提交评价' }).click();
  await expect(member.page.getByText('请选择满意度。')).toBeVisible();
  await member.page.getByText('不满意', { exact: true }).click();
  await member.page.getByLabel('意见或建议（选填）').fill(comment);
  await member.page.getByRole('button', { name: '提交评价' }).click();
  await expect(member.page.getByTestId('case-status')).toHaveText('整改进度：待回访');

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/ratings');
  expect(await seriousViolations(operator.page)).toEqual([]);
  const row = operator.page.getByTestId('rating-case').filter({ hasText: comment });
  await row.getByRole('link', { name: /查看/ }).click();
  // Staff never see who rated.
  await expect(operator.page.getByTestId('rater')).toHaveText(/仅管理员可见/);
  expect(await seriousViolations(operator.page)).toEqual([]);
  await operator.page.getByLabel('回访内容').fill('已联系您，今天已更换 HDMI 转接头。');
  await operator.page.getByRole('button', { name: '记录回访' }).click();
  await operator.page.getByLabel('处理方式').selectOption('FIXED_AT_ONCE');
  await operator.page.getByLabel('原因与说明').fill('转接头损坏，已更换。');
  await operator.page.getByRole('button', { name: '提交定性' }).click();
  await expect(operator.page.getByText('已整改').first()).toBeVisible();

  await member.page.goto(ratingUrl);
  await expect(member.page.getByTestId('case-status')).toHaveText('整改进度：已整改');
  await expect(member.page.getByText('工作人员回访：已联系您，今天已更换 HDMI 转接头。')).toBeVisible();
  await expect(member.page.getByText('处理说明：转接头损坏，已更换。')).toBeVisible();
  // Told the outcome, the member may rate once more.
  await expect(member.page.getByRole('heading', { name: '再次评价' })).toBeVisible();
  await member.page.goto('/notifications');
  await expect(member.page.getByText(/已处理：已整改/).first()).toBeVisible();
  await member.context.close();
  await operator.context.close();
});

test('the rating pages and the public service-quality page have no serious accessibility violations', async ({ browser }) => {
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto('/service-quality');
  await expect(page.getByRole('heading', { name: '服务质量', level: 1 })).toBeVisible();
  await expect(page.locator('[data-type="BOOKING"][data-shown="true"]')).toBeVisible();
  // Two demo mentoring ratings are below the minimum of ten: hidden.
  await expect(page.locator('[data-type="MENTORING"]')).toContainText('暂不公布');
  expect(await seriousViolations(page)).toEqual([]);
  await anonymous.close();

  const member = await asUser(browser, 'member@demo.zcs.cn');
  for (const path of ['/ratings', '/ratings/here']) {
    await member.page.goto(path);
    expect(await seriousViolations(member.page), path).toEqual([]);
  }
  await member.context.close();
});

test('the reporter of a fixed fault rates the repair from the fault page, and repairs and answers have their own rows on the public page', async ({ browser }) => {
  // The demo's CNC fault was fixed twelve days ago and its reporter confirmed the fix.
  const reporter = await asUser(browser, 'member05@demo.zcs.cn');
  await reporter.page.goto('/ratings');
  const item = reporter.page.getByTestId('rateable').filter({ hasText: 'CNC 雕刻机' }).filter({ hasText: '故障维修' });
  await expect(item).toBeVisible();
  await item.getByRole('link', { name: '评价', exact: true }).click();
  await expect(reporter.page).toHaveURL(/\/ratings\/fault\//);
  expect(await seriousViolations(reporter.page)).toEqual([]);
  // The rating page leads back to the fault, whose page offers the same rating.
  await reporter.page.getByRole('link', { name: '查看服务记录' }).click();
  await expect(reporter.page).toHaveURL(/\/faults\//);
  await reporter.page.getByRole('link', { name: '评价维修服务' }).click();
  await reporter.page.getByText('非常满意', { exact: true }).click();
  await reporter.page.getByRole('button', { name: '提交评价' }).click();
  await expect(reporter.page.getByRole('heading', { name: '你的评价' })).toBeVisible();
  await reporter.page.goto('/ratings');
  await expect(reporter.page.getByTestId('rateable').filter({ hasText: 'CNC 雕刻机' }).getByText(/非常满意/)).toBeVisible();
  await reporter.context.close();

  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto('/service-quality');
  for (const [type, label] of [['FAULT_REPAIR', '故障维修'], ['PROPOSAL_ANSWER', '建议答复']]) {
    await expect(page.locator(`[data-type="${type}"]`)).toContainText(label);
    await expect(page.locator(`[data-type="${type}"][data-shown="false"]`)).toContainText('暂不公布');
  }
  await anonymous.close();
});
