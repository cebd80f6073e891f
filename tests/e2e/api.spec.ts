import { expect, test } from '@playwright/test';
import { signUp } from './helpers';

test('the health check reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', db: 'up' });
});

test('a token made in settings authenticates the API until it is revoked', async ({ page, request }) => {
  const email = await signUp(page, { name: '蒋一鸣', intent: '导师' });
  await page.goto('/settings/tokens');
  await expect(page.getByText('还没有令牌')).toBeVisible();
  await page.getByLabel('令牌名称').fill('数据看板');
  await page.getByRole('button', { name: '创建' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^zcs_/);

  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email, name: '蒋一鸣', roles: [] });

  // Asking for OPERATOR through the API is refused; asking for INVESTOR works once.
  const forged = await request.post('/api/v1/me/role-requests', { headers: { Authorization: `Bearer ${token}` }, data: { role: 'OPERATOR' } });
  expect(forged.status()).toBe(400);
  expect((await forged.json()).error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { role: ['只能申请导师或投资人角色。'] } });
  const ok = await request.post('/api/v1/me/role-requests', { headers: { Authorization: `Bearer ${token}` }, data: { role: 'INVESTOR' } });
  expect(ok.status()).toBe(201);
  const dup = await request.post('/api/v1/me/role-requests', { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en' }, data: { role: 'INVESTOR' } });
  expect(dup.status()).toBe(409);
  expect((await dup.json()).error).toEqual({ code: 'ROLE_REQUEST_PENDING', message: 'You already have a pending request for this role.' });

  await page.reload();
  await page.getByRole('button', { name: '撤销令牌「数据看板」' }).click();
  await expect(page.getByText('令牌「数据看板」已撤销')).toBeVisible();
  const after = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('TOKEN_INVALID');
});

test('bad API requests get JSON errors with stable codes, never a 500', async ({ request }) => {
  const cases: [Promise<import('@playwright/test').APIResponse>, number, string][] = [
    [request.get('/api/v1/me'), 401, 'UNAUTHENTICATED'],
    [request.get('/api/v1/me', { headers: { Authorization: 'Bearer not-a-token' } }), 401, 'TOKEN_MALFORMED'],
    [request.get('/api/v1/me', { headers: { Authorization: `Bearer zcs_${'a'.repeat(43)}` } }), 401, 'TOKEN_INVALID'],
    [request.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND'],
  ];
  for (const [res, status, code] of cases) {
    const r = await res;
    expect(r.status()).toBe(status);
    expect((await r.json()).error.code).toBe(code);
  }
});

test('a malformed body or a wrong content type is a clear 400/415', async ({ page, request }) => {
  await signUp(page, { name: '曹操' });
  await page.goto('/settings/tokens');
  await page.getByLabel('令牌名称').fill('cli');
  await page.getByRole('button', { name: '创建' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  const auth = { Authorization: `Bearer ${token}` };

  const malformed = await request.post('/api/v1/me/role-requests', { headers: { ...auth, 'Content-Type': 'application/json' }, data: Buffer.from('{"role": ') });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe('MALFORMED_JSON');

  const wrongType = await request.post('/api/v1/me/role-requests', { headers: { ...auth, 'Content-Type': 'text/plain' }, data: 'role=MENTOR' });
  expect(wrongType.status()).toBe(415);
  expect((await wrongType.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
});
