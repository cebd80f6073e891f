import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { asUser, seriousViolations } from './helpers';

test('a member proposes in the suggestion box, an operator accepts it, the member sees the answer and its days, and the result appears on "you said, we did"', async ({ browser }) => {
  const title = `前台放一台饮水机 ${randomUUID().slice(0, 6)}`;
  const member = await asUser(browser, 'member@demo.zcs.cn');
  await member.page.goto('/participate');
  await member.page.getByRole('link', { name: '意见箱' }).click();
  await expect(member.page.getByRole('heading', { name: '意见箱', level: 1 })).toBeVisible();
  await member.page.getByRole('link', { name: '提出建议' }).click();
  await member.page.getByRole('button', { name: '提交提议' }).click();
  await expect(member.page.getByText('必填').first()).toBeVisible();
  await member.page.getByLabel('标题').fill(title);
  await member.page.getByLabel('详细说明').fill('下午接水要跑到二楼，前台放一台饮水机会方便很多。');
  await member.page.getByRole('button', { name: '提交提议' }).click();
  await expect(member.page.getByRole('heading', { name: title })).toBeVisible();
  await expect(member.page.getByTestId('proposal-clock')).toContainText('已等待 0 个工作日');
  const proposalUrl = member.page.url();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/participation');
  await operator.page.getByRole('link', { name: title }).first().click();
  await operator.page.getByLabel('结论').selectOption('ACCEPTED');
  await operator.page.getByLabel('答复内容').fill('好建议，下周一前台会放一台饮水机。');
  await operator.page.getByLabel(/立即公开/).check();
  await operator.page.getByRole('button', { name: '保存' }).click();
  await expect(operator.page.getByText('答复已公开')).toBeVisible();

  await operator.page.goto('/operate/participation');
  const resultTitle = `前台饮水机 ${randomUUID().slice(0, 6)}`;
  await operator.page.getByLabel('标题').fill(resultTitle);
  await operator.page.getByRole('checkbox', { name: title }).check();
  await operator.page.getByRole('button', { name: '创建成果' }).click();
  await expect(operator.page.getByText('成果已创建')).toBeVisible();

  await member.page.goto(proposalUrl);
  await expect(member.page.getByTestId('answers')).toContainText('下周一前台会放一台饮水机');
  await expect(member.page.getByTestId('answer-days')).toContainText(/用时 \d+ 个工作日答复/);

  await member.page.goto('/participate/results');
  const result = member.page.getByTestId('result').filter({ hasText: resultTitle });
  await expect(result).toContainText(title);
  await member.context.close();
  await operator.context.close();
});

test('the participation pages have no serious or critical accessibility violations', async ({ browser }) => {
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  for (const path of ['/participate', '/participate/suggestion-box', '/participate/results', '/en/participate']) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto('/participate/suggestion-box');
  await page.getByTestId('proposal-list').getByRole('link').first().click();
  expect(await seriousViolations(page)).toEqual([]);
  await anonymous.close();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/participation');
  expect(await seriousViolations(operator.page)).toEqual([]);
  await operator.context.close();
});

test('an operator names a mentor evaluator; the mentor finds the proposal from the dashboard, saves a draft, publishes the answer, and another mentor gets a 404', async ({ browser }) => {
  const title = `创客区周末延长开放 ${randomUUID().slice(0, 6)}`;
  const member = await asUser(browser, 'member03@demo.zcs.cn');
  await member.page.goto('/participate/suggestion-box/propose');
  await member.page.getByLabel('标题').fill(title);
  await member.page.getByLabel('详细说明').fill('周末晚上也想用激光切割机，希望开放到 22 点。');
  await member.page.getByRole('button', { name: '提交提议' }).click();
  await expect(member.page.getByRole('heading', { name: title })).toBeVisible();
  const proposalId = new URL(member.page.url()).pathname.split('/').pop()!;

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto('/operate/participation');
  await operator.page.getByRole('link', { name: title }).first().click();
  // Only mentors are offered.
  const evaluator = operator.page.getByLabel('评估导师');
  await expect(evaluator.locator('option', { hasText: 'operator@demo.zcs.cn' })).toHaveCount(0);
  await evaluator.selectOption({ label: '张伟 · mentor@demo.zcs.cn' });
  await operator.page.getByRole('button', { name: '指定' }).click();
  await expect(operator.page.getByText('评估人已保存')).toBeVisible();

  const mentor = await asUser(browser, 'mentor@demo.zcs.cn');
  await expect(mentor.page.getByRole('heading', { name: /待评估的提议（\d+）/ })).toBeVisible();
  await mentor.page.getByRole('link', { name: '去评估' }).click();
  await expect(mentor.page.getByRole('heading', { name: '待评估的提议', level: 1 })).toBeVisible();
  await mentor.page.getByRole('link', { name: title }).click();
  await expect(mentor.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // A rejection needs a reason, as on the operator's page.
  await mentor.page.getByLabel('结论').selectOption('REJECTED');
  await mentor.page.getByLabel('答复内容').fill('场地夜间无人值守，暂不能开放。');
  await mentor.page.getByRole('button', { name: '保存' }).click();
  await expect(mentor.page.getByText('驳回时请填写原因。')).toBeVisible();

  // A draft first: saved, not public.
  await mentor.page.getByLabel('结论').selectOption('ACCEPTED');
  await mentor.page.getByLabel('答复内容').fill('可以试行：周六开放到 22 点，由值班导师在场。');
  await mentor.page.getByRole('button', { name: '保存' }).click();
  await expect(mentor.page.getByText('草稿已保存')).toBeVisible();
  await member.page.reload();
  await expect(member.page.getByText('周六开放到 22 点')).toHaveCount(0);

  await mentor.page.reload();
  await expect(mentor.page.getByLabel('答复内容')).toHaveValue('可以试行：周六开放到 22 点，由值班导师在场。');
  await mentor.page.getByLabel(/立即公开/).check();
  await mentor.page.getByRole('button', { name: '保存' }).click();
  await expect(mentor.page.getByText('答复已公开')).toBeVisible();

  await member.page.reload();
  await expect(member.page.getByTestId('answers')).toContainText('周六开放到 22 点');
  await expect(member.page.getByTestId('answers')).toContainText('张伟');

  // Another mentor, and a member, find nothing there.
  const other = await asUser(browser, 'member06@demo.zcs.cn');
  expect((await other.page.request.get(`/mentoring/proposals/${proposalId}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await member.page.request.get(`/mentoring/proposals/${proposalId}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await member.page.request.get('/mentoring/proposals', { maxRedirects: 0 })).status()).toBe(404);
  for (const c of [member, operator, mentor, other]) await c.context.close();
});

test('the mentor’s evaluation pages have no serious or critical accessibility violations, in Chinese and English', async ({ browser }) => {
  const title = `会议室投影仪太暗 ${randomUUID().slice(0, 6)}`;
  const member = await asUser(browser, 'member04@demo.zcs.cn');
  await member.page.goto('/participate/suggestion-box/propose');
  await member.page.getByLabel('标题').fill(title);
  await member.page.getByLabel('详细说明').fill('下午阳光强时看不清投影。');
  await member.page.getByRole('button', { name: '提交提议' }).click();
  await expect(member.page.getByRole('heading', { name: title })).toBeVisible();
  const proposalId = new URL(member.page.url()).pathname.split('/').pop()!;
  await member.context.close();

  const operator = await asUser(browser, 'operator@demo.zcs.cn');
  await operator.page.goto(`/operate/participation/proposals/${proposalId}`);
  await operator.page.getByLabel('评估导师').selectOption({ label: '张伟 · mentor@demo.zcs.cn' });
  await operator.page.getByRole('button', { name: '指定' }).click();
  await expect(operator.page.getByText('评估人已保存')).toBeVisible();
  // Checked after a reload: a toast fading in is not the page.
  await operator.page.reload();
  await expect(operator.page.getByLabel('评估导师')).toHaveValue(/.+/);
  expect(await seriousViolations(operator.page)).toEqual([]);
  await operator.context.close();

  const mentor = await asUser(browser, 'mentor@demo.zcs.cn');
  for (const path of ['/mentoring/proposals', `/mentoring/proposals/${proposalId}`, '/en/mentoring/proposals', `/en/mentoring/proposals/${proposalId}`]) {
    await mentor.page.goto(path);
    await expect(mentor.page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(mentor.page), path).toEqual([]);
  }
  await mentor.context.close();
});
