import { describe, expect, it } from 'vitest';
import { ALL_ROLES, can, MEMBER_PERMISSIONS, permissionsOf, REQUESTABLE_ROLES, ROLE_PERMISSIONS } from '@/lib/auth/permissions';

describe('permission table', () => {
  it('gives a member with no role only the member permissions', () => {
    expect([...permissionsOf([])].sort()).toEqual([...MEMBER_PERMISSIONS].sort());
  });

  it('lets only operators and admins review role requests', () => {
    for (const role of ALL_ROLES) {
      expect(can({ id: 'u', roles: [role] }, 'roleRequest:review')).toBe(role === 'OPERATOR' || role === 'ADMIN');
    }
  });

  it('lets only admins grant roles and list users', () => {
    for (const role of ALL_ROLES) {
      expect(can({ id: 'u', roles: [role] }, 'role:grant')).toBe(role === 'ADMIN');
      expect(can({ id: 'u', roles: [role] }, 'user:list')).toBe(role === 'ADMIN');
    }
  });

  it('unions the permissions of several roles', () => {
    const both = permissionsOf(['ENTREPRENEUR', 'MENTOR']);
    for (const p of [...ROLE_PERMISSIONS.ENTREPRENEUR, ...ROLE_PERMISSIONS.MENTOR]) expect(both.has(p)).toBe(true);
    expect(both.has('role:grant')).toBe(false);
  });

  it('refuses everything to a signed-out visitor', () => {
    expect(can(null, 'profile:edit')).toBe(false);
  });

  it('never makes OPERATOR or ADMIN requestable', () => {
    expect(REQUESTABLE_ROLES).toEqual(['MENTOR', 'INVESTOR']);
  });
});
