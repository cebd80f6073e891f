import { describe, expect, it } from 'vitest';
import { statusOf } from '@/lib/api/http';
import type { ErrorCode } from '@/lib/errors';

describe('the HTTP status of each error code', () => {
  it('answers 409 for a conflict: taken, full, closed or changed state', () => {
    const conflicts: ErrorCode[] = ['STATE_CHANGED', 'NO_DESK_FREE', 'INTRODUCTION_PENDING', 'ROLE_ALREADY_HELD', 'EVENT_STARTED', 'EVENT_NOT_EDITABLE', 'ROUND_CLOSED', 'CHECK_IN_CLOSED', 'DEADLINE_PASSED', 'ATTENDANCE_NOT_OPEN', 'UNDER_MAINTENANCE'];
    for (const code of conflicts) expect([code, statusOf(code)]).toEqual([code, 409]);
  });

  it('answers 422 for a well-formed request that breaks a rule', () => {
    const rules: ErrorCode[] = ['OWN_TASK', 'OWN_PROJECT', 'OWNER_CANNOT_LEAVE', 'INVALID_TARGET', 'APPLICATION_REQUIRED', 'TOO_MANY_TOKENS', 'SESSION_NOT_OVER', 'OUTSIDE_OFFICE_HOURS', 'QUOTA_EXCEEDED', 'TOO_SHORT', 'IN_PAST', 'SPACE_CLOSED'];
    for (const code of rules) expect([code, statusOf(code)]).toEqual([code, 422]);
  });

  it('answers 401 for bad credentials, 403 for a missing certification and 404 for a registration that is not there', () => {
    expect(statusOf('INVALID_CREDENTIALS')).toBe(401);
    expect(statusOf('CERTIFICATION_REQUIRED')).toBe(403);
    expect(statusOf('NOT_REGISTERED')).toBe(404);
  });
});
