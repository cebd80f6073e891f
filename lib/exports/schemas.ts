import { z } from 'zod';
import {
  ApplicationStatus,
  BookingStatus,
  CampaignStatus,
  EventKind,
  EventRegistrationStatus,
  EventStatus,
  IncubationStatus,
  PayoutStatus,
  PledgeStatus,
  ProjectStage,
  TaskCategory,
  TaskStatus,
} from '@/lib/generated/prisma/enums';
import { cursorParam, enumParam, textParam } from '@/lib/validation';
import { memberSearchSchema } from '@/lib/staff-members/schemas';
import { auditSearchSchema } from '@/lib/audit/schemas';
import { dateKeyParam } from './params';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const values = <T extends string>(e: Record<string, T>) => Object.values(e) as [T, ...T[]];
const id = () => cursorParam(64);

/**
 * The filter of each exportable table: the same search parameters as the page that shows it
 * (members and audit reuse their pages' schemas). Each parameter is parsed on its own; a bad
 * one is no filter.
 */
export const EXPORT_FILTERS = {
  members: memberSearchSchema,
  bookings: z.object({ q: textParam(100), status: enumParam(values(BookingStatus)), resourceId: id(), from: dateKeyParam(), to: dateKeyParam() }),
  projects: z.object({ q: textParam(100), stage: enumParam(values(ProjectStage)), incubation: enumParam(values(IncubationStatus)) }),
  applications: z.object({ roundId: id(), status: enumParam(values(ApplicationStatus)) }),
  campaigns: z.object({ q: textParam(100), status: enumParam(values(CampaignStatus)) }),
  pledges: z.object({ campaignId: id(), status: enumParam(values(PledgeStatus)) }),
  tasks: z.object({ q: textParam(100), status: enumParam(values(TaskStatus)), category: enumParam(values(TaskCategory)) }),
  payouts: z.object({ status: enumParam(values(PayoutStatus)) }),
  events: z.object({ q: textParam(100), status: enumParam(values(EventStatus)), kind: enumParam(values(EventKind)) }),
  registrations: z.object({ eventId: id(), status: enumParam(values(EventRegistrationStatus)) }),
  audit: auditSearchSchema,
} as const;

export type ExportTable = keyof typeof EXPORT_FILTERS;
export const EXPORT_TABLES = Object.keys(EXPORT_FILTERS) as ExportTable[];
export type ExportFilter<T extends ExportTable> = z.infer<(typeof EXPORT_FILTERS)[T]>;

export const exportRequestSchema = z.object({
  table: z.enum(EXPORT_TABLES as [ExportTable, ...ExportTable[]]),
  format: enumParam(EXPORT_FORMATS).transform((v) => v ?? 'csv'),
  locale: enumParam(['zh-CN', 'en']).transform((v) => v ?? 'zh-CN'),
});
