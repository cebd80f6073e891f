import 'server-only';
import { db, type Tx } from '@/lib/db';
import { DEFAULT_TASK_RULES, type TaskRules } from './policy';

const rulesSelect = { id: true, taskMaxBountyFen: true, taskMaxPoints: true, taskApprovalPointsAbove: true, taskMonthlyPointsCap: true } as const;

/**
 * The task rules of the platform's space. Tasks belong to the platform, not to one site, so the
 * first space (the one the operators' space settings page edits) holds them; a database with no
 * space yet uses the columns' defaults. The approval trigger in the migration reads the same row.
 */
export async function readTaskRules(client: Tx | typeof db = db): Promise<TaskRules & { spaceId: string | null }> {
  const space = await client.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: rulesSelect });
  if (!space) return { ...DEFAULT_TASK_RULES, spaceId: null };
  return {
    spaceId: space.id,
    maxBountyFen: space.taskMaxBountyFen,
    maxPoints: space.taskMaxPoints,
    approvalPointsAbove: space.taskApprovalPointsAbove,
    monthlyPointsCap: space.taskMonthlyPointsCap,
  };
}
