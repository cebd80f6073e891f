import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, signIn } from './helpers';

test('a member registers for an upcoming training, sees the outcome and finds it on the dashboard', async ({ page }) => {
  await signIn(page, 'member@demo.zcs.cn');
  await page.goto('/events');
  await expect(page.getByRole('heading', { name: '活动与培训' })).toBeVisible();
  await page.getByRole('link', { name: '培训', exact: true }).click();
  await expect(page).toHaveURL(/kind=TRAINING/);
  await page.getByRole('link', { name: '3D 打印入门培训' }).click();
  await expect(page.getByRole('heading', { name: '3D 打印入门培训' })).toBeVisible();
  await expect(page.getByTestId('seats-left')).toHaveText('剩 6 个名额');

  await page.getByRole('button', { name: '报名', exact: true }).click();
  await expect(page.getByText('报名成功，已加入你的活动')).toBeVisible();
  await expect(page.getByTestId('seats-left')).toHaveText('剩 5 个名额');
  await expect(page.getByRole('button', { name: '取消报名' })).toBeVisible();

  const ics = await page.request.get(page.url().replace(/\/events\//, '/api/events/') + '/ics');
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('SUMMARY:3D 打印入门培训');

  await page.goto('/dashboard');
  const card = page.locator('[data-section="events"]');
  await expect(card.getByRole('heading', { name: '我的活动' })).toBeVisible();
  await expect(card.getByTestId('my-event').filter({ hasText: '3D 打印入门培训' })).toContainText('已报名');
});

test('an operator creates a draft event, publishes it, and members can then find and join it through the API', async ({ browser, request }) => {
  const title = `激光切割进阶培训 ${randomUUID().slice(0, 6)}`;
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  const page = operator.page;
  await page.goto('/operate/events');
  await page.getByRole('link', { name: '新建活动' }).first().click();
  await page.getByLabel('活动标题').fill(title);
  await page.getByLabel('一句话简介').fill('复杂图形的排版与参数优化。');
  await page.getByLabel('开始时间').fill('2099-12-30T19:00');
  await page.getByLabel('结束时间').fill('2099-12-30T18:00');
  await page.getByLabel('立即发布（不勾选则保存为草稿）').uncheck();
  await page.getByRole('button', { name: '保存活动' }).click();
  await expect(page.getByText('结束时间必须晚于开始时间', { exact: false })).toBeVisible();
  await page.getByLabel('结束时间').fill('2099-12-30T21:00');
  await page.getByRole('button', { name: '保存活动' }).click();
  await expect(page.getByText('活动已创建')).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('还没有人报名。')).toBeVisible();

  // Not listed while a draft.
  const before = await (await request.get('/api/v1/events?kind=TRAINING&limit=100')).json();
  expect(before.items.some((e: { title: string }) => e.title === title)).toBe(false);

  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText('活动已发布')).toBeVisible();
  await operator.context.close();

  const after = await (await request.get('/api/v1/events?kind=TRAINING&limit=100')).json();
  const listed = after.items.find((e: { title: string }) => e.title === title);
  expect(listed).toMatchObject({ status: 'PUBLISHED', capacity: 30, seatsLeft: 30, startsAt: '2099-12-30T19:00:00.000+08:00' });

  const anonymous = await request.post(`/api/v1/events/${listed.id}/registrations`);
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED');
});
