import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, signUp } from './helpers';

test('a member joins the waitlist of a full event from the event page and sees their position', async ({ browser, page }) => {
  const title = `小班工作坊 ${randomUUID().slice(0, 6)}`;
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/events/new');
  await operator.page.getByLabel('活动标题').fill(title);
  await operator.page.getByLabel('开始时间').fill('2099-11-20T19:00');
  await operator.page.getByLabel('结束时间').fill('2099-11-20T21:00');
  await operator.page.getByLabel('名额').fill('1');
  await operator.page.getByRole('button', { name: '保存活动' }).click();
  await expect(operator.page.getByText('活动已创建')).toBeVisible();
  await expect(operator.page).toHaveURL(/\/operate\/events\/(?!new$)[^/]+$/);
  const eventPath = new URL(operator.page.url()).pathname.replace(/^.*\/operate\/events\//, '/events/');

  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signUp(firstPage, { name: '先到的成员' });
  await firstPage.goto(eventPath);
  await firstPage.getByRole('button', { name: '报名', exact: true }).click();
  await expect(firstPage.getByRole('button', { name: '取消报名' })).toBeVisible();
  await first.close();

  await signUp(page, { name: '候补的成员' });
  await page.goto(eventPath);
  await expect(page.getByTestId('seats-left')).toHaveText('已满员');
  await page.getByRole('button', { name: '加入候补名单' }).click();
  await expect(page.getByTestId('waitlist-position')).toHaveText('你是候补第 1 位。');
  await expect(page.getByRole('button', { name: '退出候补' })).toBeVisible();

  await operator.page.reload();
  await expect(operator.page.getByTestId('waitlist-entry').filter({ hasText: '候补的成员' })).toContainText('候补中');
  await operator.context.close();
});
