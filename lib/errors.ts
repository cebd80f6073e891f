/**
 * Every stable error code a service, an action or the API may answer with (upper snake case).
 * Safe in the browser. The HTTP status of each lives in `lib/api/http.ts` (`STATUS`), typed as
 * `Record<ErrorCode, number>`, so a new code without a status does not compile.
 */
export type ErrorCode =
  // 400: malformed request
  | 'MALFORMED_JSON'
  | 'VALIDATION_FAILED'
  | 'IDEMPOTENCY_KEY_REQUIRED'
  // 401: no or invalid credentials
  | 'UNAUTHENTICATED'
  | 'TOKEN_MALFORMED'
  | 'TOKEN_INVALID'
  | 'INVALID_CREDENTIALS'
  // 402
  | 'PAYMENT_DECLINED'
  // 403: the actor sees the thing but may not do this to it
  | 'FORBIDDEN'
  | 'SELF_GRANT_FORBIDDEN'
  | 'NOT_ASSIGNED'
  | 'CERTIFICATION_REQUIRED'
  | 'EMAIL_UNVERIFIED'
  // 404: not found or not yours
  | 'NOT_FOUND'
  | 'NOT_REGISTERED'
  | 'NOT_WAITLISTED'
  // 409: conflict (taken, full, closed, state changed)
  | 'STATE_CHANGED'
  | 'ILLEGAL_TRANSITION'
  | 'CONFLICT'
  | 'EMAIL_TAKEN'
  | 'ROLE_REQUEST_PENDING'
  | 'ROLE_ALREADY_HELD'
  | 'SLOT_TAKEN'
  | 'NO_DESK_FREE'
  | 'UNDER_MAINTENANCE'
  | 'CHECK_IN_CLOSED'
  | 'MENTORSHIP_EXISTS'
  | 'INVITATION_PENDING'
  | 'INTRODUCTION_PENDING'
  | 'ALREADY_APPLIED'
  | 'ALREADY_MEMBER'
  | 'ALREADY_ASSIGNED'
  | 'ALREADY_REGISTERED'
  | 'SLOTS_FULL'
  | 'TASK_NOT_OPEN'
  | 'DEADLINE_PASSED'
  | 'CAMPAIGN_NOT_LIVE'
  | 'TIER_SOLD_OUT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'EVENT_FULL'
  | 'EVENT_CANCELLED'
  | 'EVENT_STARTED'
  | 'EVENT_NOT_EDITABLE'
  | 'REGISTRATION_CLOSED'
  | 'ATTENDANCE_NOT_OPEN'
  | 'ALREADY_WAITLISTED'
  | 'OFFER_EXPIRED'
  | 'ROUND_CLOSED'
  | 'ROUND_FULL'
  // 413
  | 'PAYLOAD_TOO_LARGE'
  | 'ALREADY_VERIFIED'
  | 'EXPORT_PENDING'
  // 415
  | 'UNSUPPORTED_MEDIA_TYPE'
  // 422: well-formed, but breaks a rule
  | 'TIER_NOT_FOUND'
  | 'BELOW_MINIMUM'
  | 'BELOW_TIER_AMOUNT'
  | 'INVALID_TARGET'
  | 'OWN_TASK'
  | 'OWN_PROJECT'
  | 'OWNER_CANNOT_LEAVE'
  | 'APPLICATION_REQUIRED'
  | 'TOO_MANY_TOKENS'
  | 'SESSION_NOT_OVER'
  | 'OUTSIDE_OFFICE_HOURS'
  | 'QUOTA_EXCEEDED'
  | 'RESOURCE_INACTIVE'
  | 'INVALID_RANGE'
  | 'IN_PAST'
  | 'NOT_ALIGNED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_LITTLE_NOTICE'
  | 'BEYOND_HORIZON'
  | 'SPACE_CLOSED'
  | 'OUTSIDE_OPENING_HOURS'
  // 429
  | 'RATE_LIMITED'
  // Crowdsourced tasks: approval, rewards, and who may take or release what (422, 422, 422, 403, 403)
  | 'TEAM_MEMBER_TASK'
  | 'TASK_ABOVE_LIMITS'
  | 'TASK_PROJECT_PRIVATE'
  | 'APPROVAL_OWN_TASK'
  | 'PAYOUT_OWN_TASK'
  // Accounts: 403 a cookie-authenticated write from another site, 409 an administrator exists
  | 'ORIGIN_MISMATCH'
  | 'ADMIN_EXISTS'
  // Participation and moderation: 409 closed / locked / done, 422 breaks a rule
  | 'CONSULTATION_CLOSED'
  | 'PROPOSAL_CLOSED'
  | 'PROPOSAL_LOCKED'
  | 'ALREADY_RATED'
  | 'ALREADY_REPORTED'
  | 'SAME_ANSWERER'
  | 'OWN_CONTENT'
  // Checkout (422): a physical reward without a complete shipping address; a payment method the gateway does not offer
  | 'SHIPPING_ADDRESS_REQUIRED'
  | 'PAYMENT_METHOD_UNAVAILABLE'
  // 500
  | 'INTERNAL';
