import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticateBearer, createApiToken, revokeApiToken } from '@/lib/api-tokens/service';
import { createUser } from '../factories';

async function tokenFor(roles: ('ENTREPRENEUR' | 'MENTOR')[] = ['ENTREPRENEUR']) {
  const user = await createUser({ roles });
  const created = await createApiToken(user, { name: '数据看板' });
  if (!created.ok) throw new Error(created.code);
  return { user, ...created.data };
}

describe('personal access tokens', () => {
  it('authenticates a valid token as its owner and stores only a hash', async () => {
    const { user, token, id } = await tokenFor(['MENTOR']);
    expect(token).toMatch(/^zcs_[A-Za-z0-9_-]{43}$/);
    const auth = await authenticateBearer(`Bearer ${token}`);
    expect(auth).toMatchObject({ ok: true, user: { id: user.id, roles: ['MENTOR'] } });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(row.lastUsedAt).not.toBeNull();
  });

  it('refuses a revoked token', async () => {
    const { user, token, id } = await tokenFor();
    expect(await revokeApiToken(user, { tokenId: id })).toEqual({ ok: true, data: undefined });
    expect(await authenticateBearer(`Bearer ${token}`)).toEqual({ ok: false, code: 'TOKEN_INVALID' });
  });

  it('refuses malformed and missing credentials with distinct codes', async () => {
    expect(await authenticateBearer(null)).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    for (const header of ['Bearer', 'Basic abc', 'Bearer zcs_short', 'Bearer zcs_' + 'x'.repeat(43) + ' extra', 'token zcs_' + 'a'.repeat(43)]) {
      expect(await authenticateBearer(header)).toEqual({ ok: false, code: 'TOKEN_MALFORMED' });
    }
    expect(await authenticateBearer('Bearer zcs_' + 'a'.repeat(43))).toEqual({ ok: false, code: 'TOKEN_INVALID' });
  });

  it("does not let a member revoke someone else's token", async () => {
    const { token, id } = await tokenFor();
    const other = await createUser();
    expect(await revokeApiToken(other, { tokenId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await authenticateBearer(`Bearer ${token}`)).ok).toBe(true);
  });
});
