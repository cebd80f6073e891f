import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signUp } from './helpers';

test('a new founder goes from sign-up through registering a project to a submitted campaign', async ({ page }) => {
  const suffix = randomUUID().slice(0, 6);
  await signUp(page, { name: '林一帆', intent: '创业者' });

  // "发起众筹" without a project leads to registering one, then back to the campaign form.
  await page.goto('/campaigns');
  await page.getByRole('link', { name: '发起众筹' }).click();
  await expect(page.getByText('你还没有自己负责的项目')).toBeVisible();
  await page.getByRole('link', { name: '登记项目' }).click();
  await page.getByLabel('项目名称').fill(`校园折叠雨伞 ${suffix}`);
  await page.getByLabel('一句话介绍').fill('随借随还的校园共享雨伞。');
  await page.getByRole('button', { name: '登记项目' }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/new$/, { timeout: 30_000 });

  // Tiers and FAQ entries are added and removed.
  const title = `共享雨伞首发 ${suffix}`;
  await page.getByLabel('众筹标题').fill(title);
  await page.getByLabel('目标金额（元）').fill('5000');
  await page.getByLabel('风险与挑战').fill('首批量产可能延期两周。');
  await page.getByLabel('档位名称').first().fill('一把雨伞');
  await page.getByLabel('金额（元）', { exact: true }).first().fill('59');
  await page.getByRole('checkbox', { name: /实物回报/ }).first().check();
  await page.getByRole('button', { name: '添加档位' }).click();
  await expect(page.getByLabel('档位名称')).toHaveCount(2);
  await page.getByRole('button', { name: '删除档位 2' }).click();
  await expect(page.getByLabel('档位名称')).toHaveCount(1);
  await page.getByRole('button', { name: '添加问答' }).click();
  await page.getByRole('button', { name: '删除问答 2' }).click();
  await page.getByLabel('问题 1').fill('什么时候发货？');
  await page.getByLabel('回答').fill('众筹结束后一个月内。');
  await page.getByRole('button', { name: '保存草稿' }).click();

  // The preview says only the owner sees the draft; cancelling sits behind "更多操作".
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('预览：这是草稿，只有你（项目负责人）能看到。')).toBeVisible();
  await expect(page.getByText('首批量产可能延期两周。')).toBeVisible();
  await expect(page.getByRole('button', { name: '取消众筹' })).toBeHidden();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('已提交审核，运营人员通过后按计划上线。')).toBeVisible({ timeout: 30_000 });

  // The campaign page links to its project, and the project page links back.
  await page.getByRole('link', { name: '查看项目与团队' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});
