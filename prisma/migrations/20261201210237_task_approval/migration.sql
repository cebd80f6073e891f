-- AlterEnum
ALTER TYPE "TaskApplicationStatus" ADD VALUE 'CANCELLED';

-- AlterEnum
ALTER TYPE "TaskAssignmentStatus" ADD VALUE 'CANCELLED';

-- AlterEnum
ALTER TYPE "TaskStatus" ADD VALUE 'PENDING_APPROVAL';

-- AlterTable
ALTER TABLE "PointsEntry" ADD COLUMN     "grantorId" TEXT;

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "taskApprovalPointsAbove" INTEGER NOT NULL DEFAULT 200,
ADD COLUMN     "taskMaxBountyFen" INTEGER NOT NULL DEFAULT 500000,
ADD COLUMN     "taskMaxPoints" INTEGER NOT NULL DEFAULT 1000,
ADD COLUMN     "taskMonthlyPointsCap" INTEGER NOT NULL DEFAULT 500;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "approvalNote" VARCHAR(500),
ADD COLUMN     "approvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "approvedById" TEXT;

-- CreateIndex
CREATE INDEX "PointsEntry_grantorId_userId_createdAt_idx" ON "PointsEntry"("grantorId", "userId", "createdAt");


-- Hand-written: the task rules of a space are counts and amounts, never negative, and no higher
-- than what a task can hold at all (10,000 points, ¥100,000 per slot).
CREATE FUNCTION zcs_space_task_settings_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."taskMaxBountyFen" < 0 OR NEW."taskMaxBountyFen" > 10000000
     OR NEW."taskMaxPoints" < 0 OR NEW."taskMaxPoints" > 10000
     OR NEW."taskApprovalPointsAbove" < 0 OR NEW."taskApprovalPointsAbove" > 10000
     OR NEW."taskMonthlyPointsCap" < 0 OR NEW."taskMonthlyPointsCap" > 1000000 THEN
    RAISE EXCEPTION 'task settings out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Space_task_settings_rules" BEFORE INSERT OR UPDATE ON "Space"
  FOR EACH ROW EXECUTE FUNCTION zcs_space_task_settings_rules();

-- A task with a cash bounty, or with more points than the platform's space lets through
-- unreviewed, opens only with the approval of someone other than its poster. The service checks
-- the same rule; this is the line no code path (a script, a future feature) can step over.
-- It checks a task that arrives in a live state without having been live before.
CREATE FUNCTION zcs_task_approval_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  threshold integer;
BEGIN
  -- Only a task members can take (or have taken) needs the approval; one that never opened may
  -- stay a draft, wait, be cancelled or expire without it.
  IF NEW."status" IN ('DRAFT', 'PENDING_APPROVAL', 'CANCELLED', 'EXPIRED') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" NOT IN ('DRAFT', 'PENDING_APPROVAL') THEN
    RETURN NEW;
  END IF;
  SELECT "taskApprovalPointsAbove" INTO threshold FROM "Space" ORDER BY "createdAt", id LIMIT 1;
  IF (NEW."bountyFen" > 0 OR NEW."rewardPoints" > coalesce(threshold, 200))
     AND (NEW."approvedById" IS NULL OR NEW."approvedById" = NEW."postedById") THEN
    RAISE EXCEPTION 'this task needs the approval of an operator other than its poster' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Task_approval_rules" BEFORE INSERT OR UPDATE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION zcs_task_approval_rules();

-- A bounty is released by someone who neither posted the task nor receives the money.
CREATE FUNCTION zcs_payout_release_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'PAID' AND (TG_OP = 'INSERT' OR OLD."status" <> 'PAID') THEN
    IF NEW."paidById" IS NULL OR NEW."paidById" = NEW."userId"
       OR NEW."paidById" = (SELECT "postedById" FROM "Task" WHERE id = NEW."taskId") THEN
      RAISE EXCEPTION 'a payout is released by someone other than its poster and its payee' USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Payout_release_rules" BEFORE INSERT OR UPDATE ON "Payout"
  FOR EACH ROW EXECUTE FUNCTION zcs_payout_release_rules();
