import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

// axe takes a few seconds per page on a busy machine.
test.describe.configure({ timeout: 150_000 });

test('the project gallery and a project page have no serious accessibility violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/projects');
  expect(await seriousViolations(page)).toEqual([]);
  // Other specs add projects to the same gallery: find the demo's by its name.
  await page.goto(`/projects?q=${encodeURIComponent('智能导盲杖')}`);
  await page.getByRole('link', { name: /智能导盲杖/ }).first().click();
  await expect(page.getByRole('heading', { name: '智能导盲杖', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('the founder pages (new project, manage, mentors, a mentor) have no serious accessibility violations', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'founder@demo.zcs.cn');
  for (const path of ['/projects/new', '/mentors', '/mentoring']) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto('/mentors');
  await page.getByRole('link', { name: /张伟/ }).click();
  await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/dashboard');
  await page.locator('[data-section="entrepreneur"]').getByRole('link', { name: '校园二手书循环' }).click();
  await expect(page.getByRole('heading', { name: '编辑项目信息' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('the admissions pages have no serious accessibility violations', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'operator@demo.zcs.cn');
  await page.goto('/admissions');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: '2026 秋季入孵' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: '智能导盲杖' }).click();
  await expect(page.getByRole('heading', { name: '评分' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
