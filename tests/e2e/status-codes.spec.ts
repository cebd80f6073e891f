import { expect, test, type Page } from '@playwright/test';
import { asUser } from './helpers';

// Pages with a loading skeleton stream their body, so their status must be decided above the
// loading boundary (Chinese pages carry no locale prefix): a made-up or not-yours id answers a real 404, a visible one a 200.

async function status(page: Page, path: string) {
  const response = await page.request.get(path, { maxRedirects: 0 });
  return response.status();
}

/** The id in the first link on `listPath` whose address matches `pattern` (one capture group). */
async function firstId(page: Page, listPath: string, pattern: RegExp) {
  const response = await page.request.get(listPath);
  expect(response.status()).toBe(200);
  const match = (await response.text()).match(pattern);
  expect(match, `a link matching ${pattern} on ${listPath}`).not.toBeNull();
  return match![1];
}

test('a member gets a 404 status for made-up ids, unknown paths and a team page of a project not theirs', async ({ browser }) => {
  const founder = await asUser(browser, 'founder@demo.zcs.cn');
  const projectId = await firstId(founder.page, '/dashboard', /\/projects\/([\w-]{16,})\/manage/);
  expect(await status(founder.page, `/projects/${projectId}/manage`)).toBe(200);
  await founder.context.close();

  const { context, page } = await asUser(browser, 'member@demo.zcs.cn');
  for (const path of [
    '/mentors/nope',
    '/bookings/resources/nope',
    '/projects/nope/manage',
    '/projects/nope/apply/nope',
    '/dashboard/campaigns/nope/edit',
    '/projects/nope',
    '/campaigns/nope',
    '/events/nope',
    '/tasks/nope',
    '/members/nope',
    '/no-such-page',
    '/mentoring/sessions/nope',
    '/mentoring/book/nope',
    '/operate/events/nope',
    `/projects/${projectId}/manage`,
    `/projects/${projectId}/apply/nope`,
  ]) {
    expect(await status(page, path), path).toBe(404);
  }

  const mentorId = await firstId(page, '/mentors', /\/mentors\/([\w-]{16,})"/);
  expect(await status(page, `/mentors/${mentorId}`)).toBe(200);
  const resourceId = await firstId(page, '/bookings', /\/bookings\/resources\/([\w-]{16,})"/);
  expect(await status(page, `/bookings/resources/${resourceId}`)).toBe(200);
  await context.close();
});

test('an operator gets a 404 status for made-up ids on the operating pages and a 200 for real ones', async ({ browser }) => {
  const { context, page } = await asUser(browser, 'operator@demo.zcs.cn');
  for (const path of [
    '/admissions/nope',
    '/admissions/applications/nope',
    '/operate/resources/nope',
    '/operate/events/nope',
    '/operate/outbox/nope',
    '/no-such-page',
  ]) {
    expect(await status(page, path), path).toBe(404);
  }

  const eventId = await firstId(page, '/operate/events', /\/operate\/events\/([\w-]{16,})"/);
  expect(await status(page, `/operate/events/${eventId}`)).toBe(200);
  const resourceId = await firstId(page, '/operate/resources', /\/operate\/resources\/([\w-]{16,})"/);
  expect(await status(page, `/operate/resources/${resourceId}`)).toBe(200);
  await context.close();

  // A member may not open an operator's page for a real event either.
  const member = await asUser(browser, 'member@demo.zcs.cn');
  expect(await status(member.page, `/operate/events/${eventId}`)).toBe(404);
  await member.context.close();
});
