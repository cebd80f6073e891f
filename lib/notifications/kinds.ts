/**
 * Every kind of notification the platform sends, with its category:
 * - `transactional`: security, money and decisions about you; the in-app channel cannot be
 *   switched off and e-mail goes out at once (never held for a digest).
 * - `activity`: news a member may silence or batch into a digest.
 * - `queue`: a new item in an operator's queue; e-mailed only in batches (a digest), never one
 *   e-mail per item.
 * `ics` marks confirmations that carry a calendar attachment. Safe in the browser.
 */
export type NotificationCategory = 'transactional' | 'activity' | 'queue';

export const NOTIFICATION_KINDS = {
  roleRequestDecided: { category: 'transactional' },
  bookingApproved: { category: 'transactional', ics: true },
  bookingRejected: { category: 'transactional' },
  bookingCancelled: { category: 'transactional' },
  bookingMaintenance: { category: 'transactional' },
  applicationDecided: { category: 'transactional' },
  mentoringRequested: { category: 'activity' },
  mentoringDecided: { category: 'transactional' },
  sessionBooked: { category: 'activity', ics: true },
  sessionCancelled: { category: 'activity' },
  pledgeReceipt: { category: 'transactional' },
  campaignApproved: { category: 'transactional' },
  campaignSentBack: { category: 'transactional' },
  campaignLive: { category: 'activity' },
  ownerSucceeded: { category: 'transactional' },
  ownerFailed: { category: 'transactional' },
  backerSucceeded: { category: 'transactional' },
  backerFailed: { category: 'transactional' },
  campaignCancelled: { category: 'transactional' },
  taskApplicationAccepted: { category: 'transactional' },
  taskApplicationDeclined: { category: 'transactional' },
  workAccepted: { category: 'transactional' },
  changesRequested: { category: 'transactional' },
  disputeDecided: { category: 'transactional' },
  payoutPaid: { category: 'transactional' },
  taskApproved: { category: 'transactional' },
  taskSentBack: { category: 'transactional' },
  taskPointsCapped: { category: 'transactional' },
  taskCancelled: { category: 'transactional' },
  eventRegistered: { category: 'activity', ics: true },
  eventCancelled: { category: 'activity' },
  waitlistOffered: { category: 'transactional' },
  waitlistOfferExpired: { category: 'transactional' },
  bookingReminder: { category: 'activity' },
  sessionReminder: { category: 'activity' },
  eventReminder: { category: 'activity' },
  teamInvitation: { category: 'activity' },
  introductionRequested: { category: 'activity' },
  introductionAccepted: { category: 'transactional' },
  introductionDeclined: { category: 'transactional' },
  queueRoleRequest: { category: 'queue' },
  queueBooking: { category: 'queue' },
  queueApplication: { category: 'queue' },
  queueCampaign: { category: 'queue' },
  queueDispute: { category: 'queue' },
  captureFailed: { category: 'transactional' },
  // Participation and moderation
  proposalAnswered: { category: 'transactional' },
  proposalEscalated: { category: 'queue' },
  queueProposalReopened: { category: 'queue' },
  proposalEvaluatorAssigned: { category: 'activity' },
  resultProgress: { category: 'activity' },
  queueReportedContent: { category: 'queue' },
  contentHidden: { category: 'transactional' },
  contentRestored: { category: 'transactional' },
  queueFault: { category: 'queue' },
  faultUpdated: { category: 'activity' },
  faultReply: { category: 'activity' },
  faultMerged: { category: 'activity' },
  faultFixed: { category: 'transactional' },
  faultBookingAffected: { category: 'transactional' },
  faultVerify: { category: 'transactional' },
  ratingCallback: { category: 'transactional' },
  ratingCaseOutcome: { category: 'transactional' },
  ratingCaseOverdue: { category: 'transactional' },
  queueRatingCase: { category: 'queue' },
  queueRatingAppeal: { category: 'queue' },
  faultRateRepair: { category: 'activity' },
} as const satisfies Record<string, { category: NotificationCategory; ics?: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}

export function categoryOf(kind: string): NotificationCategory {
  return isNotificationKind(kind) ? NOTIFICATION_KINDS[kind].category : 'activity';
}

/** Transactional kinds keep the in-app channel whatever the member chose. */
export function isLockedInApp(kind: string): boolean {
  return categoryOf(kind) === 'transactional';
}

export const CHANNEL_SETTINGS = ['ALL', 'IN_APP', 'EMAIL', 'OFF'] as const;
export type ChannelSetting = (typeof CHANNEL_SETTINGS)[number];
export const EMAIL_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] as const;
export type EmailFrequencySetting = (typeof EMAIL_FREQUENCIES)[number];

export type DeliveryPlan = { inApp: boolean; email: 'now' | 'digest' | 'none' };

/** What one member gets for one kind, from their choice for it and their e-mail frequency. Pure. */
export function planDelivery(kind: string, setting: ChannelSetting, frequency: EmailFrequencySetting): DeliveryPlan {
  const category = categoryOf(kind);
  const inApp = category === 'transactional' || setting === 'ALL' || setting === 'IN_APP';
  const wantsEmail = (setting === 'ALL' || setting === 'EMAIL') && frequency !== 'OFF';
  if (!wantsEmail) return { inApp, email: 'none' };
  if (category === 'transactional') return { inApp, email: 'now' };
  if (category === 'queue') return { inApp, email: 'digest' };
  return { inApp, email: frequency === 'IMMEDIATE' ? 'now' : 'digest' };
}

/** A transactional kind cannot lose its in-app channel: OFF becomes IN_APP, EMAIL becomes ALL. */
export function effectiveSetting(kind: string, setting: ChannelSetting): ChannelSetting {
  if (!isLockedInApp(kind)) return setting;
  return setting === 'OFF' ? 'IN_APP' : setting === 'EMAIL' ? 'ALL' : setting;
}
