import { describe, expect, it } from 'vitest';
import { profileSchema, signUpSchema } from '@/lib/users/schemas';
import { roleRequestCreateSchema, roleRequestDecisionSchema } from '@/lib/role-requests/schemas';
import { apiTokenCreateSchema } from '@/lib/api-tokens/schemas';

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('sign-up schema', () => {
  const good = { email: ' Chen.XM@Example.COM ', name: '陈晓明', password: 'long-enough-pw', intent: 'ENTREPRENEUR' };

  it('accepts a valid sign-up and lower-cases the e-mail', () => {
    const r = signUpSchema.parse(good);
    expect(r.email).toBe('chen.xm@example.com');
    expect(r.locale).toBe('zh-CN');
  });

  it('refuses a password shorter than 10 characters', () => {
    expect(errorsOf(signUpSchema.safeParse({ ...good, password: 'short' }))).toEqual({ password: 'passwordTooShort' });
  });

  it('refuses a malformed e-mail and an over-long name', () => {
    expect(errorsOf(signUpSchema.safeParse({ ...good, email: 'not-an-email', name: '名'.repeat(61) }))).toEqual({
      email: 'emailInvalid',
      name: 'nameTooLong',
    });
  });

  it('refuses OPERATOR and ADMIN as a sign-up intent', () => {
    for (const intent of ['OPERATOR', 'ADMIN']) {
      expect(errorsOf(signUpSchema.safeParse({ ...good, intent }))).toEqual({ intent: 'intentInvalid' });
    }
  });

  it('refuses missing fields with "required"', () => {
    const errors = errorsOf(signUpSchema.safeParse({}));
    expect(errors.email).toBe('required');
    expect(errors.password).toBe('required');
  });
});

describe('profile schema', () => {
  it('splits skills on Chinese and Latin commas and drops duplicates', () => {
    const r = profileSchema.parse({ name: '赵敏', skills: 'React，硬件设计、React, 3D 打印', locale: 'zh-CN' });
    expect(r.skills).toEqual(['React', '硬件设计', '3D 打印']);
  });

  it('refuses more than 20 skills', () => {
    const skills = Array.from({ length: 21 }, (_, i) => `skill${i}`).join(',');
    expect(errorsOf(profileSchema.safeParse({ name: 'x', skills, locale: 'en' }))).toEqual({ skills: 'tooManySkills' });
  });
});

describe('role request schemas', () => {
  it('only accepts MENTOR and INVESTOR', () => {
    expect(roleRequestCreateSchema.safeParse({ role: 'MENTOR' }).success).toBe(true);
    expect(errorsOf(roleRequestCreateSchema.safeParse({ role: 'OPERATOR' }))).toEqual({ role: 'roleNotRequestable' });
  });

  it('requires a reason to reject but not to approve', () => {
    expect(roleRequestDecisionSchema.safeParse({ requestId: 'r1', decision: 'APPROVE' }).success).toBe(true);
    expect(errorsOf(roleRequestDecisionSchema.safeParse({ requestId: 'r1', decision: 'REJECT', reason: '  ' }))).toEqual({
      reason: 'reasonRequired',
    });
  });

  it('caps token names at 60 characters', () => {
    expect(errorsOf(apiTokenCreateSchema.safeParse({ name: 'x'.repeat(61) }))).toEqual({ name: 'tokenNameTooLong' });
  });
});
