import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';
import type { AuditAction } from './actions';

export type AuditEntry = {
  actorId: string;
  /** One of AUDIT_ACTIONS (lib/audit/actions.ts), each labelled in the message catalogs. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Written in the same transaction as the change it describes. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
