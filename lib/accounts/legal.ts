/**
 * Versions of the documents a member agrees to (safe in the browser). Bump a version when the
 * text of /terms or /privacy changes in substance; consents record the version agreed to.
 */
export const TERMS_VERSION = '2026-12-01';
export const PRIVACY_VERSION = '2026-12-01';
/** The separate consents of PIPL art. 25 (public disclosure) have their own short texts. */
export const LEADERBOARD_VERSION = '2026-12-01';
export const PUBLIC_PROFILE_VERSION = '2026-12-01';

export const CONSENT_VERSIONS = {
  TERMS: TERMS_VERSION,
  PRIVACY: PRIVACY_VERSION,
  LEADERBOARD: LEADERBOARD_VERSION,
  PUBLIC_PROFILE: PUBLIC_PROFILE_VERSION,
} as const;

export type ConsentKindName = keyof typeof CONSENT_VERSIONS;

/** How long each kind of e-mailed link stays valid. */
export const TOKEN_TTL_MS = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 30 * 60 * 1000,
  CHANGE_EMAIL: 24 * 60 * 60 * 1000,
  PROJECT_INVITE: 14 * 24 * 60 * 60 * 1000,
} as const;

/** What "delete my account" erases, and what it keeps and why (keys of accounts.deletion.*). */
export const ERASED = ['name', 'email', 'profile', 'password', 'tokens', 'sessions', 'consents', 'notifications', 'follows', 'roles', 'exports'] as const;
export const KEPT = ['pledges', 'payouts', 'bookings', 'tasks', 'ledger', 'projects', 'comments'] as const;

/** How long a prepared data export can be downloaded. */
export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
