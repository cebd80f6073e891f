import type { IntroductionStatus } from '@/lib/generated/prisma/enums';

/** The project's owner answers an investor's request for an introduction once. */
export const INTRODUCTION_TRANSITIONS = {
  PENDING: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: [],
  DECLINED: [],
} satisfies Record<IntroductionStatus, readonly IntroductionStatus[]>;
