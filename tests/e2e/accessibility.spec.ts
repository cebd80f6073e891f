import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

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

// Heading order is a "moderate" rule, so the checks above let it through; the browse pages and
// one page of each kind keep it anyway (screen-reader users jump from heading to heading).
test('the browse pages and a campaign, project and event page keep their headings in order', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = ['/', '/campaigns', '/projects', '/events', '/en/events'];
  for (const list of ['/campaigns', '/projects', '/events']) {
    await page.goto(list);
    const href = await page.locator(`main a[href^="${list}/"]`).first().getAttribute('href');
    expect(href, `a link to one item on ${list}`).toBeTruthy();
    paths.push(href!);
  }
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
    for (const v of results.violations) found.push(`${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(found).toEqual([]);
  await context.close();
});
