import { expect, test } from '@playwright/test';
import { asUser } from './helpers';

// The browse entries are one cached HTML for everyone; what only members see comes through the
// page's island, with the member's own cookie, below the list.
const MEMBERS_PROJECT = '实验室耗材共享';

test('a member gets the visitor’s cached project gallery, then their own button and the members-only projects below it', async ({ browser }) => {
  const visitor = await browser.newContext();
  const vpage = await visitor.newPage();
  await vpage.goto('/projects');
  await expect(vpage.getByRole('heading', { level: 1, name: '项目', exact: true })).toBeVisible();
  await expect(vpage.getByTestId('members-only')).toHaveCount(0);
  await expect(vpage.getByText(MEMBERS_PROJECT)).toHaveCount(0);
  await expect(vpage.getByRole('link', { name: '登记项目' })).toHaveCount(0);

  const { context, page } = await asUser(browser, 'founder@demo.zcs.cn');
  // The HTML itself is the cached one a visitor gets (a per-request page has no cache header and
  // a nonce in its policy): the members-only project and the founder are not in it.
  const response = await page.request.get('/projects');
  expect(response.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|MISS)$/);
  expect(response.headers()['content-security-policy']).not.toMatch(/nonce/);
  const html = await response.text();
  for (const secret of [MEMBERS_PROJECT, 'founder@demo.zcs.cn']) expect(html).not.toContain(secret);

  await page.goto('/projects');
  const section = page.getByTestId('members-only');
  await expect(section.getByRole('heading', { name: '仅成员可见的项目' })).toBeVisible();
  await section.getByRole('link', { name: MEMBERS_PROJECT }).click();
  // Straight to the members' page: the public one answers 404 for a members-only project.
  await expect(page).toHaveURL(/\/projects\/[^/?]+\/view$/);
  await expect(page.getByRole('heading', { level: 1, name: MEMBERS_PROJECT })).toBeVisible();
  await page.goto('/projects');
  await expect(page.getByRole('link', { name: '登记项目' })).toBeVisible();
  if (process.env.SCREENSHOTS) {
    for (const [prefix, width] of [['', 390], ['', 1440], ['/en', 390], ['/en', 1440]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${prefix}/projects`);
      await expect(page.getByTestId('members-only')).toBeVisible();
      await page.screenshot({ path: `test-results/members-only${prefix.replace('/', '-')}-${width}.png`, fullPage: true });
    }
  }
  await context.close();
  await visitor.close();
});

test('on the cached task board a member finds their tools and the skills filter, in both languages', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'member@demo.zcs.cn');
  await page.goto('/tasks');
  await expect(page.getByRole('link', { name: '我的任务' })).toBeVisible();
  await page.getByLabel('匹配我的技能').check();
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/matches=1/);
  await page.goto('/en/tasks');
  await expect(page.getByRole('link', { name: 'My tasks' })).toBeVisible();
  await context.close();
});
