import type { DataExportStatus } from '@/lib/generated/prisma/enums';

/** "Download my data": the job writes the archive once, or gives up. */
export const DATA_EXPORT_TRANSITIONS = {
  PENDING: ['READY', 'FAILED'],
  READY: [],
  FAILED: [],
} satisfies Record<DataExportStatus, readonly DataExportStatus[]>;
