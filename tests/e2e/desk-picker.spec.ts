import { expect, test } from '@playwright/test';
import { asUser, seriousViolations, signUp, waitForHydration } from './helpers';

test.describe.configure({ timeout: 120_000 });

/** A date `days` ahead on the space's clock (Beijing time, UTC+8 all year). */
function daysAheadInBeijing(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const tomorrowInBeijing = () => daysAheadInBeijing(1);

test('a member asks for a desk tomorrow 17:00 for an hour, confirms the proposal and finds it in My bookings', async ({ page }) => {
  await signUp(page, { name: '陆雨桐', intent: '创客 / 成员' });
  await page.goto('/bookings');
  const picker = page.getByRole('region', { name: '帮我选一个工位' }).or(page.locator('[aria-labelledby="deskpick-title"]'));
  await picker.getByLabel('日期').fill(tomorrowInBeijing());
  await picker.getByLabel('开始').selectOption('17:00');
  // Lengths are offered in hours with the end time.
  await picker.getByLabel('时长').selectOption({ label: '1 小时，至 18:00' });
  await picker.getByRole('button', { name: '帮我选一个' }).click();

  const proposal = page.getByTestId('desk-proposal');
  await expect(proposal).toContainText('为你选了这个工位');
  await expect(proposal).toContainText('17:00–18:00');
  const name = (await page.getByTestId('desk-proposal-name').innerText()).trim();
  expect(name).toMatch(/^工位 [AB]0\d/);
  // Nothing is booked before the member confirms.
  await proposal.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByText(`${name}，`, { exact: false }).filter({ hasText: '17:00–18:00' })).toBeVisible();
  await expect(page.getByTestId('desk-proposal')).toHaveCount(0);

  await page.getByRole('link', { name: '查看我的预约' }).click();
  await expect(page.getByTestId('my-booking').filter({ hasText: name })).toContainText('17:00–18:00');
});

test('a date picked before the page has hydrated stays when the start time is changed afterwards', async ({ page }) => {
  await signUp(page, { name: '秦思远' });
  // Hold the page's scripts back, as a slow phone would, while the member picks a date.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**', async (route) => {
    if (route.request().resourceType() === 'script') await held;
    await route.continue();
  });
  await page.goto('/bookings', { waitUntil: 'commit' });
  const picker = page.locator('[aria-labelledby="deskpick-title"]');
  // Never the default (today, or tomorrow late in the evening).
  const day = daysAheadInBeijing(2);
  await picker.getByLabel('日期').fill(day);
  release();
  await waitForHydration(picker.getByLabel('开始'));
  await picker.getByLabel('开始').selectOption('10:00');
  await expect(picker.getByLabel('日期')).toHaveValue(day);
  await picker.getByRole('button', { name: '帮我选一个' }).click();
  await expect(page.getByTestId('desk-proposal')).toContainText('10:00');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the range filter shows what is free for the whole range', async ({ page }) => {
  await signUp(page, { name: '傅嘉怡' });
  const day = tomorrowInBeijing();
  await page.goto(`/bookings?kind=HOT_DESK&freeDate=${day}&freeFrom=17:00&freeTo=18:00`);
  await expect(page.getByTestId('range-active')).toContainText('17:00–18:00');
  await expect(page.getByLabel('从', { exact: true })).toHaveValue('17:00');
  await expect(page.getByRole('link', { name: /工位 A0/ }).first()).toBeVisible();
});

test('on a phone, in English, the desk picker and My bookings have no serious accessibility violations', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'member@demo.zcs.cn');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/bookings');
  const picker = page.locator('[aria-labelledby="deskpick-title"]');
  await picker.getByLabel('Date').fill(tomorrowInBeijing());
  await picker.getByLabel('From').selectOption('17:00');
  await picker.getByLabel('Duration').selectOption({ label: '1 hour, until 18:00' });
  await picker.getByRole('button', { name: 'Pick one for me' }).click();
  await expect(page.getByTestId('desk-proposal')).toContainText('We picked this desk for you');
  await expect(page.getByTestId('desk-proposal').getByRole('button', { name: 'Book it' })).toBeVisible();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'test-results/desk-picker-390-en.png', fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/en/bookings/mine?scope=past');
  await expect(page.getByRole('link', { name: 'Past & cancelled' })).toHaveAttribute('aria-current', 'page');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
