import { expect, test } from '@playwright/test';
import { asUser, signUp } from './helpers';

test('an entrepreneur registers a project, is admitted, and books a session with a mentor who accepted', async ({ page, browser }) => {
  // Three people and a dozen pages: more than the default minute on a busy two-core machine.
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 7);
  const projectName = `共享雨伞站 ${tag}`;
  await signUp(page, { name: '周雨桐', intent: '创业者' });

  // Register the project from the dashboard's empty state.
  const section = page.locator('[data-section="entrepreneur"]');
  await expect(section.getByText('登记你的第一个项目')).toBeVisible();
  await section.getByRole('link', { name: '登记项目' }).click();
  await page.getByLabel('项目名称').fill(projectName);
  await page.getByLabel('一句话介绍').fill('校园里随借随还的共享雨伞。');
  await page.getByLabel('项目介绍').fill('## 问题\n\n下雨天没有伞。<script>window.__xss = 1</script>');
  await page.getByRole('checkbox', { name: '绿色环保' }).check();
  await page.getByRole('checkbox', { name: '导师' }).check();
  await page.getByRole('button', { name: '登记项目' }).click();
  await expect(page.getByText('项目已登记。')).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/[^/]+\/manage$/);
  const projectUrl = page.url().replace(/\/manage$/, '');

  // Apply to the open round.
  await page.getByRole('link', { name: '申请入孵' }).first().click();
  await expect(page.getByRole('heading', { name: '申请：2026 秋季入孵' })).toBeVisible();
  await page.getByLabel('你们要解决什么问题？用户是谁？').fill('下雨天学生没有伞。');
  await page.getByLabel('目前做到了哪一步？有哪些数据？').fill('两个试点站，300 次借用。');
  await page.getByLabel('入孵后 6 个月最想达成什么目标？').fill('覆盖全校 20 个站点。');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('申请已提交。')).toBeVisible();
  await expect(page.locator('[data-application]').getByText('已提交')).toBeVisible();

  // The project page renders the markdown without running the script.
  await page.goto(projectUrl);
  await expect(page.getByRole('heading', { name: '问题' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // An operator reviews, comments internally and admits it.
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/admissions');
  await operator.page.getByRole('link', { name: '2026 秋季入孵' }).click();
  await operator.page.getByRole('link', { name: projectName }).click();
  await operator.page.getByRole('button', { name: '开始评审' }).click();
  await expect(operator.page.getByText('申请已进入评审。')).toBeVisible();
  await operator.page.getByLabel('评论').fill(`内部意见 ${tag}：需要看运营成本`);
  await operator.page.getByRole('button', { name: '添加评论' }).click();
  await expect(operator.page.getByText('评论已添加。')).toBeVisible();
  await operator.page.getByLabel('结果').selectOption('ADMITTED');
  await operator.page.getByLabel('给申请人的留言').fill('恭喜入孵，周一来办理入驻。');
  // Admitting with criteria unscored asks to confirm first.
  await expect(operator.page.getByTestId('unscored-warning')).toBeVisible();
  await expect(operator.page.getByRole('button', { name: '提交决定' })).toBeDisabled();
  await operator.page.getByLabel('我已知悉，仍然录取').check();
  await operator.page.getByRole('button', { name: '提交决定' }).click();
  await expect(operator.page.getByText('决定已提交，申请人会看到结果。')).toBeVisible();
  await operator.context.close();

  // The entrepreneur sees the decision and its message, never the internal comment.
  await page.goto(`${projectUrl}/manage`);
  await expect(page.locator('[data-application]').getByText('已录取')).toBeVisible();
  await expect(page.getByText('恭喜入孵，周一来办理入驻。')).toBeVisible();
  await expect(page.getByText(`内部意见 ${tag}`)).toHaveCount(0);

  // Ask the demo mentor for mentoring.
  await page.goto('/mentors');
  await page.getByRole('link', { name: /张伟/ }).click();
  await page.getByLabel('留言').fill('想请教共享设备的运营成本。');
  await page.getByRole('button', { name: '发送辅导请求' }).click();
  await expect(page.getByText('请求已发送，等待导师回复。')).toBeVisible();
  const mentorUrl = page.url();

  // The mentor accepts on the dashboard.
  const mentor = await asUser(browser, 'mentor@demo.zcs.cn');
  const request = mentor.page.locator('[data-section="mentor"] [data-mentorship]').filter({ hasText: projectName });
  await request.getByRole('button', { name: '接受' }).click();
  await expect(mentor.page.getByText('已接受辅导请求。')).toBeVisible();
  await mentor.context.close();

  // The entrepreneur books the first free slot, and sees it on the dashboard.
  await page.goto(mentorUrl);
  await page.getByLabel('想聊的主题').fill('运营成本');
  await page.getByRole('button', { name: '预约', exact: true }).click();
  await expect(page.getByText('预约成功。')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.locator('[data-section="entrepreneur"]').getByText(/张伟 · 共享雨伞站/)).toBeVisible();
});

test('a private project is a 404 for others and absent from the API', async ({ page, request, browser }) => {
  // Its owner (a seeded member) sees it; a visitor and another member get the 404 page.
  const owner = await asUser(browser, 'member28@demo.zcs.cn');
  await owner.page.locator('[data-section="entrepreneur"]').getByRole('link', { name: '校园心理树洞' }).click();
  await expect(owner.page.getByRole('heading', { name: '校园心理树洞' })).toBeVisible();
  const privateUrl = owner.page.url().replace(/\/manage$/, '');
  await owner.context.close();
  const visit = await page.goto(privateUrl);
  expect(visit?.status()).toBe(404);
  const other = await asUser(browser, 'founder@demo.zcs.cn');
  expect((await other.page.goto(privateUrl))?.status()).toBe(404);
  expect((await request.get(`/api/v1/projects/${privateUrl.split('/').pop()}`)).status()).toBe(404);
  await other.context.close();

  await page.goto('/projects?q=校园心理树洞');
  await expect(page.getByText('没有找到匹配的项目')).toBeVisible();
  const list = await request.get('/api/v1/projects?q=校园心理树洞');
  expect((await list.json()).items).toEqual([]);
  const all = await request.get('/api/v1/projects?limit=100');
  const body = await all.json();
  expect(body.items.length).toBeGreaterThan(10);
  expect(body.items.every((p: { visibility: string }) => p.visibility === 'PUBLIC')).toBe(true);
});
