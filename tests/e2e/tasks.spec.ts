import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, signUp } from './helpers';

test('a member applies, the poster accepts, the work is accepted and the points show up everywhere', async ({ page, browser }) => {
  // Two people, a dozen round trips: longer than the default budget on a busy machine.
  test.setTimeout(180_000);
  const title = `路演海报设计 ${randomUUID().slice(0, 6)}`;

  // An operator posts a task for the space; its points are above the approval threshold.
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/tasks/new');
  await operator.page.getByLabel('任务标题').fill(title);
  await operator.page.getByLabel('任务说明').fill('设计一张 **A3 海报**。\n\n<script>alert(1)</script>');
  await operator.page.getByLabel('积分奖励').fill('300');
  await operator.page.getByLabel('截止时间').fill('2099-12-31T18:00');
  await operator.page.getByRole('button', { name: '保存任务' }).click();
  await expect(operator.page.getByText('任务已提交，等待空间运营审核后发布')).toBeVisible();
  await expect(operator.page.getByRole('heading', { name: title })).toBeVisible();
  await expect(operator.page.getByText('A3 海报')).toBeVisible();
  const taskUrl = operator.page.url();

  // The poster cannot approve their own task; another operator does.
  await operator.page.goto('/tasks/operations');
  await expect(operator.page.getByTestId('approval').filter({ hasText: title })).toContainText('你发布了这个任务，请由其他运营审核。');
  const admin = await asUser(browser, 'admin@demo.zcs.cn');
  await admin.page.goto('/tasks/operations');
  await admin.page.getByRole('button', { name: `审核通过「${title}」` }).click();
  await expect(admin.page.getByText(`「${title}」已审核通过并发布`)).toBeVisible();
  await admin.context.close();

  // A new member finds it on the board and applies.
  await signUp(page, { name: '邓小雨', intent: '创客 / 成员' });
  await page.goto('/tasks');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByLabel('报名留言').fill('做过三次校园活动海报。');
  await page.getByRole('button', { name: '报名', exact: true }).click();
  await expect(page.getByText('报名成功，等待发布人审核')).toBeVisible();

  // The poster accepts the applicant.
  await operator.page.goto(taskUrl);
  const applicant = operator.page.getByTestId('applicant').filter({ hasText: '邓小雨' });
  await applicant.getByRole('button', { name: '录用邓小雨' }).click();
  await expect(operator.page.getByText('已录用邓小雨')).toBeVisible();

  // The member submits work.
  await page.reload();
  await page.getByLabel('成果说明').fill('海报终稿见链接。');
  await page.getByLabel('相关链接').fill('https://pan.example.cn/s/poster');
  await page.getByRole('button', { name: '提交成果' }).click();
  await expect(page.getByText('成果已提交，等待验收')).toBeVisible();

  // The poster accepts it.
  await operator.page.reload();
  await operator.page.getByRole('button', { name: '通过验收：邓小雨的成果' }).click();
  await expect(operator.page.getByText('已通过邓小雨的成果，奖励已发放')).toBeVisible();
  await operator.context.close();

  // Points and the first badge on the dashboard, the member page and the leaderboard.
  await page.goto('/dashboard');
  const card = page.locator('[data-section="contribution"]');
  await expect(card.getByTestId('points-balance')).toHaveText('300');
  await expect(card.getByText('首个任务')).toBeVisible();
  await card.getByRole('link', { name: '我的贡献主页' }).click();
  await expect(page.getByRole('heading', { name: '邓小雨' })).toBeVisible();
  await expect(page.getByTestId('member-points')).toHaveText('300');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/leaderboard');
  await expect(page.getByTestId('leader-row').filter({ hasText: '邓小雨' })).toContainText('300 分');
  await page.goto('/leaderboard?period=all');
  await expect(page.getByTestId('leader-row').filter({ hasText: '邓小雨' })).toBeVisible();

  // Hidden from the leaderboard once the member asks for it.
  await page.goto('/profile');
  await page.getByRole('button', { name: '在排行榜中隐藏我' }).click();
  await expect(page.getByText('你已从排行榜隐藏')).toBeVisible();
  await page.goto('/leaderboard');
  await expect(page.getByTestId('leader-row').filter({ hasText: '邓小雨' })).toHaveCount(0);
});

test('a founder’s bounty task waits for an operator’s approval before members can see it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `智能花盆说明书插画 ${randomUUID().slice(0, 6)}`;
  const founder = await asUser(browser, 'founder@demo.zcs.cn');
  await founder.page.goto('/tasks/new');
  await founder.page.getByLabel('任务标题').fill(title);
  await founder.page.getByLabel('积分奖励').fill('80');
  await founder.page.getByLabel('现金赏金（元）').fill('600');
  await founder.page.getByLabel('截止时间').fill('2099-12-31T18:00');
  await founder.page.getByRole('button', { name: '保存任务' }).click();
  await expect(founder.page.getByText('任务已提交，等待空间运营审核后发布')).toBeVisible();
  await expect(founder.page.getByRole('heading', { name: title })).toBeVisible();
  await expect(founder.page.getByText('待运营审核', { exact: true })).toBeVisible();
  const taskPath = new URL(founder.page.url()).pathname;
  await founder.context.close();

  // Until then a member finds it neither on the board nor by its address.
  await signUp(page, { name: '韩梅', intent: '创客 / 成员' });
  expect((await page.goto(taskPath))?.status()).toBe(404);
  await page.goto('/tasks');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  // An operator approves it from the task desk.
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/tasks/operations');
  const row = operator.page.getByTestId('approval').filter({ hasText: title });
  await expect(row).toContainText('1 个名额 · 每名额 80 积分 + ¥600 · 赏金合计 ¥600');
  await row.getByRole('button', { name: `审核通过「${title}」` }).click();
  await expect(operator.page.getByText(`「${title}」已审核通过并发布`)).toBeVisible();
  await operator.context.close();

  const res = await page.goto(taskPath);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: '报名', exact: true })).toBeVisible();
});

test('a draft is a 404 for everyone but its poster, and the task API lists open tasks', async ({ page, request, browser }) => {
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/tasks/new');
  const title = `内部草稿 ${randomUUID().slice(0, 6)}`;
  await operator.page.getByLabel('任务标题').fill(title);
  await operator.page.getByLabel('积分奖励').fill('10');
  await operator.page.getByLabel('截止时间').fill('2099-12-31T18:00');
  await operator.page.getByLabel('立即发布（不勾选则保存为草稿）').uncheck();
  await operator.page.getByRole('button', { name: '保存任务' }).click();
  await expect(operator.page.getByRole('heading', { name: title })).toBeVisible();
  await expect(operator.page.getByText('草稿只有你能看到')).toBeVisible();
  const url = new URL(operator.page.url());
  await operator.context.close();

  await signUp(page, { name: '孟凡', intent: '创客 / 成员' });
  const res = await page.goto(url.pathname);
  expect(res?.status()).toBe(404);
  const newTask = await page.goto('/tasks/new');
  expect(newTask?.status()).toBe(404);

  const list = await request.get('/api/v1/tasks?limit=2');
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.items).toHaveLength(2);
  expect(typeof body.nextCursor).toBe('string');
  expect(body.items.some((t: { title: string }) => t.title === title)).toBe(false);
  const apply = await request.post(`/api/v1/tasks/${body.items[0].id}/applications`, { data: { note: 'hi' } });
  expect(apply.status()).toBe(401);
});

test('the task board, a task, the leaderboard and a member page have no serious accessibility violations', async ({ browser }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { context, page } = await asUser(browser, 'member@demo.zcs.cn');
  await page.goto('/tasks');
  const firstTask = page.getByTestId('task-card').first().getByRole('link');
  const href = await firstTask.getAttribute('href');
  const paths = ['/tasks', href!, '/leaderboard', '/tasks/mine'];
  // All-time always has rows; this month may be empty on its first morning.
  await page.goto('/leaderboard?period=all');
  const member = await page.getByTestId('leader-row').first().getByRole('link').getAttribute('href');
  paths.push(member!);
  for (const path of paths) {
    await page.goto(path);
    // The shared header is checked by accessibility.spec.ts; this looks at the pages' own content.
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
  await context.close();
});
