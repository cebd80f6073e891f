import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { asUser } from './helpers';

const BOOKING_HEADERS = ['资源', '成员', '邮箱', '开始时间', '结束时间', '状态', '项目', '备注', '创建时间'];

test('an operator exports the bookings table as CSV and as Excel', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'operator@demo.zcs.cn');
  await page.goto('/operate/bookings');
  const group = page.getByTestId('export-bookings');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: /导出 CSV/ }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^预约-\d{12}\.csv$/);
  const csv = await fs.readFile((await csvDownload.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records: string[][] = parse(csv.toString('utf8').slice(1));
  expect(records[0]).toEqual(BOOKING_HEADERS);
  expect(records.length).toBeGreaterThan(1);
  expect(records.slice(1).every((r) => r.length === BOOKING_HEADERS.length)).toBe(true);
  expect(records.slice(1).every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[3]))).toBe(true);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: /导出 Excel/ }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile((await xlsxDownload.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(BOOKING_HEADERS);
  expect(sheet.rowCount).toBe(records.length);
  await context.close();
});

test('a member gets 404 for an export and the audit log; an operator for the audit log only', async ({ browser }) => {
  const member = await asUser(browser, 'member@demo.zcs.cn');
  expect((await member.page.request.get('/api/exports/bookings?format=csv')).status()).toBe(404);
  expect((await member.page.request.get('/api/exports/members?format=xlsx')).status()).toBe(404);
  expect((await member.page.goto('/operate/members'))?.status()).toBe(404);
  await member.context.close();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  expect((await operator.page.goto('/operate/audit'))?.status()).toBe(404);
  expect((await operator.page.request.get('/api/exports/audit?format=csv')).status()).toBe(404);
  expect((await operator.page.request.get('/api/exports/bookings?format=csv')).status()).toBe(200);
  expect((await operator.page.request.get('/api/exports/nothing?format=csv')).status()).toBe(404);
  await operator.context.close();
});

test('an admin grants a certification on a member page and finds it in the audit log', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'admin@demo.zcs.cn');
  // A community member no other journey signs in as: the demo member's certifications are what
  // the machine journey relies on.
  await page.goto('/operate/members?q=member17%40demo.zcs.cn');
  await page.locator('[data-testid="staff-member-row"][data-email="member17@demo.zcs.cn"]').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '设备认证' })).toBeVisible();
  if ((await page.getByLabel('认证', { exact: true }).count()) === 0) {
    // Holds every certification already: free one to grant it back.
    await page.getByTestId('member-certifications').getByRole('button', { name: '撤销' }).first().click();
  }
  const select = page.getByLabel('认证', { exact: true });
  const choice = (await select.locator('option:not([disabled])').first().textContent())!.trim();
  await select.selectOption({ label: choice });
  await page.getByRole('button', { name: '授予认证' }).click();
  await expect(page.getByTestId('member-certifications').getByText(choice)).toBeVisible();

  await page.goto('/operate/audit?type=User');
  const row = page.getByTestId('audit-row').filter({ hasText: 'certification.grant' }).first();
  await expect(row).toContainText('王建国');
  await expect(row).toContainText(choice);
  await context.close();
});
