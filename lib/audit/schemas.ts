import { z } from 'zod';
import { cursorParam, limitParam, textParam } from '@/lib/validation';
import { dateKeyParam } from '@/lib/exports/params';

/** /operate/audit and its export read the same parameters; `from`/`to` are local dates, both inclusive. */
export const auditSearchSchema = z.object({
  actor: textParam(100),
  type: textParam(40),
  /** One action code (lib/audit/actions.ts); an unknown one simply matches nothing. */
  action: textParam(60),
  /** One object's entries (its id), e.g. from a member's page. */
  object: cursorParam(64),
  from: dateKeyParam(),
  to: dateKeyParam(),
  cursor: cursorParam(64),
  limit: limitParam(30),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;
