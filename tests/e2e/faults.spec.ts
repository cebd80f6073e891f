import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { asUser } from './helpers';

test.describe.configure({ timeout: 240_000 });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, page.url()).toEqual([]);
}

test('a broken laser cutter is reported from its QR label, taken out of service, rebooked around, fixed and confirmed', async ({ browser }) => {
  // A certified member books the laser cutter.
  const booker = await asUser(browser, 'founder@demo.zcs.cn');
  await booker.page.goto('/bookings');
  await booker.page.getByRole('link', { name: /激光切割机/ }).first().click();
  await expect(booker.page.getByRole('heading', { level: 1, name: '激光切割机' })).toBeVisible();
  await booker.page.getByTestId('booking-calendar').locator('button[data-state="free"]').first().click();
  await booker.page.getByRole('button', { name: '确认预约' }).click();
  await expect(booker.page.getByText(/预约成功|等待运营审核/)).toBeVisible();

  // The operator prints the machine's label; its QR code encodes the report link.
  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/faults/labels');
  await operator.page.getByRole('link', { name: '激光切割机' }).click();
  await expect(operator.page.getByRole('img', { name: /激光切割机/ })).toBeVisible();
  await expectAccessible(operator.page);
  const qrLink = new URL((await operator.page.getByTestId('label-url').textContent())!.trim());

  // A member scans it and reports the machine broken.
  const reporter = await asUser(browser, 'member@demo.zcs.cn');
  await reporter.page.goto(qrLink.pathname);
  await expect(reporter.page.getByRole('heading', { level: 1, name: '报告问题' })).toBeVisible();
  await expect(reporter.page.getByText(/激光切割机出问题了/)).toBeVisible();
  await expectAccessible(reporter.page);
  await reporter.page.getByLabel('问题描述').fill('激光管不出光，面板显示 Water Protect 报警。');
  await reporter.page.getByRole('button', { name: '提交报告' }).click();
  await expect(reporter.page.getByText('谢谢！你的报告已送达空间工作人员。')).toBeVisible();
  const faultPath = new URL(reporter.page.url()).pathname;
  await expectAccessible(reporter.page);

  // The operator takes it out of service from the report.
  await operator.page.goto('/operate/faults');
  await expectAccessible(operator.page);
  await operator.page.getByRole('link', { name: /激光切割机/ }).first().click();
  await expect(operator.page.getByText('激光管不出光')).toBeVisible();
  await expectAccessible(operator.page);
  await operator.page.getByRole('button', { name: '停用设备' }).click();
  await expect(operator.page.getByText(/设备已停用/)).toBeVisible();
  await expect(operator.page.getByText(/起停用，直到该报告修复/)).toBeVisible();

  // The booker sees the notice and rebooks on the next free equivalent slot.
  await booker.page.goto('/notifications');
  const notice = booker.page.getByTestId('notification-list').locator('li').filter({ hasText: '激光切割机已停用' });
  await expect(notice).toHaveCount(1);
  await notice.getByRole('link').first().click();
  await expect(booker.page.getByRole('heading', { name: '你的预约受影响' })).toBeVisible();
  await expectAccessible(booker.page);
  await booker.page.getByRole('button', { name: '改约到这里' }).first().click();
  await expect(booker.page.getByText('已改约，原预约已取消。')).toBeVisible();
  await expect(booker.page).toHaveURL(/\/bookings\/mine/);

  // The machine's page shows the known issue; nobody can book it now.
  await booker.page.goto('/bookings');
  await booker.page.getByRole('link', { name: /激光切割机/ }).first().click();
  await expect(booker.page.getByRole('region', { name: '已知问题' })).toContainText('已停用');

  // The operator marks it fixed.
  await operator.page.getByLabel('新状态').selectOption('FIXED');
  await operator.page.getByLabel('说明').first().fill('更换了水泵，出光正常。');
  await operator.page.getByRole('button', { name: '保存状态' }).click();
  await expect(operator.page.getByText('状态已保存。')).toBeVisible();

  // The reporter is asked and confirms the fix.
  await reporter.page.goto(faultPath);
  await expect(reporter.page.getByRole('heading', { name: '真的修好了吗？' })).toBeVisible();
  await reporter.page.getByRole('button', { name: '是的，已修好' }).click();
  await expect(reporter.page.getByText('谢谢你确认已修好。')).toBeVisible();

  // Public figures of the machine.
  await reporter.page.goto(`/reliability/${qrLink.pathname.split('/').pop()}`);
  await expect(reporter.page.getByText('维修时长中位数')).toBeVisible();
  await expectAccessible(reporter.page);

  await Promise.all([booker.context.close(), operator.context.close(), reporter.context.close()]);
});
