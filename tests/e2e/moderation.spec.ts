import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, seriousViolations, signUp } from './helpers';

test('a member reports a task, an operator hides it with a reason, a visitor no longer finds it and its poster sees why', async ({ page, browser }) => {
  // Four people and axe on four pages: longer than the default budget on a busy machine.
  test.setTimeout(240_000);
  const title = `代写商业计划书 ${randomUUID().slice(0, 6)}`;
  const reason = '任务内容涉嫌代写，违反空间规则';

  // A founder posts a task for their public project (no bounty, few points: it opens at once).
  const founder = await asUser(browser, 'founder@demo.zcs.cn');
  await founder.page.goto('/tasks/new');
  await founder.page.getByLabel('发布主体').selectOption({ label: '项目：校园二手书循环' });
  await founder.page.getByLabel('任务标题').fill(title);
  await founder.page.getByLabel('积分奖励').fill('60');
  await founder.page.getByLabel('截止时间').fill('2099-12-31T18:00');
  await founder.page.getByRole('button', { name: '保存任务' }).click();
  await expect(founder.page.getByRole('heading', { name: title })).toBeVisible();
  // The poster lands on their own (per-request) view of it; everyone else opens the public page.
  const taskPath = new URL(founder.page.url()).pathname.replace(/\/view$/, '');
  // Nobody reports their own task: the poster gets no report button.
  await expect(founder.page.getByTestId('report-button')).toHaveCount(0);

  // A visitor's report button leads to sign-in, and back.
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  await anon.goto(taskPath);
  await expect(anon.getByRole('heading', { name: title })).toBeVisible();
  expect(await seriousViolations(anon)).toEqual([]);
  await anon.getByRole('link', { name: '举报此任务' }).click();
  await expect(anon).toHaveURL(/\/sign-in\?next=/);
  expect(decodeURIComponent(new URL(anon.url()).searchParams.get('next') ?? '')).toContain(taskPath);

  // A member reports it, with a reason; a second report is refused.
  await signUp(page, { name: '秦思远', intent: '创客 / 成员' });
  await page.goto(taskPath);
  await page.getByRole('button', { name: '举报此任务' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('原因（可选）').fill('像是代写');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '举报', exact: true }).click();
  await expect(page.getByText('已收到举报')).toBeVisible();
  await page.getByRole('button', { name: '举报此任务' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '举报', exact: true }).click();
  await expect(page.getByRole('dialog').getByText('你已经举报过这条内容。')).toBeVisible();

  // An operator finds it in the reported-content queue and hides it with a reason.
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/participation#reported');
  const item = operator.page.locator('#reported li').filter({ hasText: title });
  await expect(item).toContainText('任务');
  await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', new RegExp(`${taskPath}$`));
  expect(await seriousViolations(operator.page)).toEqual([]);
  await item.getByRole('button', { name: '隐藏此任务' }).click();
  const hide = operator.page.getByRole('dialog');
  await hide.getByLabel('理由').fill(reason);
  await hide.getByRole('button', { name: '隐藏', exact: true }).click();
  await expect(operator.page.getByText('已隐藏，并已告知作者原因。')).toBeVisible();
  await operator.context.close();

  // Gone for a visitor: its page is a 404 and the board does not list it.
  expect((await anon.goto(taskPath))?.status()).toBe(404);
  await anon.goto(`/tasks?q=${encodeURIComponent(title)}`);
  await expect(anon.getByRole('link', { name: title })).toHaveCount(0);
  await visitor.close();

  // Its poster still sees it, with a banner giving the operator's reason, and was told.
  await founder.page.goto(taskPath);
  await expect(founder.page.getByTestId('hidden-banner')).toContainText(reason);
  expect(await seriousViolations(founder.page)).toEqual([]);
  await founder.page.goto('/notifications');
  await expect(founder.page.getByText(reason).first()).toBeVisible();
  await founder.context.close();
});

test('the campaign and project pages with their report buttons have no serious accessibility violations', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/campaigns?q=智能导盲杖');
  await page.getByRole('link', { name: '智能导盲杖：让每一步都更安心' }).click();
  await expect(page.getByRole('link', { name: '举报此众筹' })).toBeVisible();
  // Sold-out tier cards are dimmed on purpose (their contrast is the checkout's, not this page's).
  expect(await seriousViolations(page, '.opacity-60')).toEqual([]);
  await page.goto(`/projects?q=${encodeURIComponent('智能导盲杖')}`);
  await page.getByRole('link', { name: /智能导盲杖/ }).first().click();
  await expect(page.getByRole('link', { name: '举报此项目' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
