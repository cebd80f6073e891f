import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

test('a mentee books a session from 我的辅导 and gets a confirmation with place, calendar file, reschedule and cancel', async ({ browser }) => {
  const founder = await asUser(browser, 'founder@demo.zcs.cn');
  const page = founder.page;
  await page.goto('/mentoring');
  const mine = page.getByRole('region', { name: '我的导师' });
  await expect(mine).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await mine.getByRole('link', { name: /^预约辅导：/ }).first().click();
  await expect(page).toHaveURL(/\/mentoring\/book\//);

  // A strip of days, then times with their end and the zone.
  const picker = page.getByTestId('slot-picker');
  await expect(picker.getByRole('button', { pressed: true })).toBeVisible();
  await expect(picker.getByText('选择时间（北京时间）')).toBeVisible();
  const firstTime = picker.getByRole('radio').first();
  // Each time shows its end and the zone, e.g. "15:00–16:00 北京时间".
  await expect(picker.getByText(/^\d{2}:\d{2}–\d{2}:\d{2} 北京时间$/).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await firstTime.check();
  await page.getByLabel('想聊的话题').fill('下一轮融资');
  await page.getByRole('button', { name: '确认预约' }).click();

  await expect(page.getByRole('heading', { name: '预约成功' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('session-time')).toContainText(/\d{1,2}月\d{1,2}日（周.）\d{2}:\d{2}–\d{2}:\d{2} 北京时间/);
  await expect(page.getByText('话题：下一轮融资')).toBeVisible();
  await expect(page.getByRole('link', { name: '添加到日历（.ics）' })).toHaveAttribute('download', 'mentoring.ics');
  await expect(page.getByRole('link', { name: '改约' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Reschedule goes back to the picker for this session; cancel ends it.
  await page.getByRole('link', { name: '改约' }).click();
  await expect(page.getByRole('button', { name: '确认改约' })).toBeVisible();
  await page.goBack();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '取消预约' }).click();
  await expect(page.getByRole('heading', { name: '预约已取消' })).toBeVisible({ timeout: 30_000 });
  await founder.context.close();
});
