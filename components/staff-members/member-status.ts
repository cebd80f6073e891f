import type { MemberStatus } from '@/lib/staff-members/schemas';

export const memberStatusTone = (s: MemberStatus) => (s === 'ACTIVE' ? 'success' : s === 'DELETED' ? 'neutral' : 'warning');
