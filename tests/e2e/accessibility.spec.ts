import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { asUser } from './helpers';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of ['/', '/sign-in', '/sign-up', '/en']) {
  test(`${path} has no serious or critical accessibility violations`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('the dashboard (admin, with every section) has no serious or critical accessibility violations', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'admin@demo.zcs.cn');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
