/**
 * The reporting and moderation service's pure rules (safe in the browser). Content of any kind
 * is named by a content type and an id; each type plugs in an adapter on the server
 * (content-types.ts) that knows its table, its author and where it is shown.
 */
export const CONTENT_TYPES = ['proposal', 'proposalComment', 'project', 'campaign', 'campaignComment', 'task'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The audit log's object type of each kind: the model's name, as the kind's other audit entries use. */
export const AUDIT_TYPES = {
  proposal: 'proposal',
  proposalComment: 'proposalComment',
  project: 'Project',
  campaign: 'Campaign',
  campaignComment: 'CampaignComment',
  task: 'Task',
} as const satisfies Record<ContentType, string>;

export function isContentType(v: string): v is ContentType {
  return (CONTENT_TYPES as readonly string[]).includes(v);
}

export const MODERATION_ACTIONS = ['hide', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Reports after which content is hidden pending review, unless the space sets another number. */
export const DEFAULT_REPORT_THRESHOLD = 3;

/** Content an operator restored stays up: later reports are counted but hide it no more. */
export function hidesAutomatically(state: 'REPORTED' | 'PENDING_REVIEW' | 'HIDDEN' | 'RESTORED', reportCount: number, threshold: number): boolean {
  return state === 'REPORTED' && reportCount >= threshold;
}
