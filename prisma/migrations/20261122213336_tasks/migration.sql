-- CreateEnum
CREATE TYPE "TaskCategory" AS ENUM ('DESIGN', 'SOFTWARE', 'HARDWARE', 'RESEARCH', 'MARKETING', 'COMMUNITY_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('DRAFT', 'OPEN', 'IN_PROGRESS', 'IN_REVIEW', 'COMPLETED', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "TaskLocation" AS ENUM ('ONSITE', 'REMOTE');

-- CreateEnum
CREATE TYPE "TaskAssignmentMode" AS ENUM ('REVIEW', 'FIRST_COME');

-- CreateEnum
CREATE TYPE "TaskApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TaskAssignmentStatus" AS ENUM ('ACTIVE', 'SUBMITTED', 'DISPUTED', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TaskSubmissionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'CHANGES_REQUESTED', 'DISPUTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('PENDING', 'PAID');

-- CreateEnum
CREATE TYPE "PointsSource" AS ENUM ('TASK', 'TRAINING', 'PROPOSAL');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "hideFromLeaderboards" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" VARCHAR(20000) NOT NULL DEFAULT '',
    "category" "TaskCategory" NOT NULL,
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rewardPoints" INTEGER NOT NULL DEFAULT 0,
    "bountyFen" INTEGER NOT NULL DEFAULT 0,
    "slots" INTEGER NOT NULL DEFAULT 1,
    "filledSlots" INTEGER NOT NULL DEFAULT 0,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "location" "TaskLocation" NOT NULL DEFAULT 'REMOTE',
    "mode" "TaskAssignmentMode" NOT NULL DEFAULT 'REVIEW',
    "status" "TaskStatus" NOT NULL DEFAULT 'DRAFT',
    "projectId" TEXT,
    "partnerName" VARCHAR(100) NOT NULL DEFAULT '',
    "postedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskApplication" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "note" VARCHAR(1000) NOT NULL DEFAULT '',
    "status" "TaskApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAssignment" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "TaskAssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskSubmission" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "TaskSubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "feedback" VARCHAR(2000),
    "reviewedAt" TIMESTAMPTZ(3),
    "disputeReason" VARCHAR(2000),
    "resolvedById" TEXT,
    "resolutionNote" VARCHAR(2000),
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "status" "PayoutStatus" NOT NULL DEFAULT 'PENDING',
    "paidAt" TIMESTAMPTZ(3),
    "paidById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "source" "PointsSource" NOT NULL,
    "sourceKey" VARCHAR(120) NOT NULL,
    "note" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Task_status_createdAt_id_idx" ON "Task"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Task_status_deadline_idx" ON "Task"("status", "deadline");

-- CreateIndex
CREATE INDEX "Task_postedById_idx" ON "Task"("postedById");

-- CreateIndex
CREATE INDEX "Task_projectId_idx" ON "Task"("projectId");

-- CreateIndex
CREATE INDEX "Task_skills_idx" ON "Task" USING GIN ("skills");

-- CreateIndex
CREATE INDEX "TaskApplication_userId_createdAt_idx" ON "TaskApplication"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskApplication_taskId_userId_key" ON "TaskApplication"("taskId", "userId");

-- CreateIndex
CREATE INDEX "TaskAssignment_userId_status_idx" ON "TaskAssignment"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_taskId_userId_key" ON "TaskAssignment"("taskId", "userId");

-- CreateIndex
CREATE INDEX "TaskSubmission_assignmentId_createdAt_idx" ON "TaskSubmission"("assignmentId", "createdAt");

-- CreateIndex
CREATE INDEX "TaskSubmission_taskId_status_idx" ON "TaskSubmission"("taskId", "status");

-- CreateIndex
CREATE INDEX "TaskSubmission_status_createdAt_idx" ON "TaskSubmission"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_assignmentId_key" ON "Payout"("assignmentId");

-- CreateIndex
CREATE INDEX "Payout_status_createdAt_idx" ON "Payout"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_sourceKey_key" ON "PointsEntry"("sourceKey");

-- CreateIndex
CREATE INDEX "PointsEntry_userId_createdAt_idx" ON "PointsEntry"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "PointsEntry_createdAt_idx" ON "PointsEntry"("createdAt");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskApplication" ADD CONSTRAINT "TaskApplication_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskApplication" ADD CONSTRAINT "TaskApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "TaskAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "TaskAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_paidById_fkey" FOREIGN KEY ("paidById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written invariants ---------------------------------------------------------------
-- Row rules are BEFORE triggers raising check_violation (23514): the WebAssembly schema engine
-- cannot describe CHECK constraints (see TOOLCHAIN.md).

CREATE FUNCTION zcs_task_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."slots" < 1 THEN
    RAISE EXCEPTION 'a task needs at least one slot' USING ERRCODE = '23514';
  END IF;
  -- The last line of defence behind the conditional slot update: never more assignees than slots.
  IF NEW."filledSlots" < 0 OR NEW."filledSlots" > NEW."slots" THEN
    RAISE EXCEPTION 'filled slots out of range' USING ERRCODE = '23514';
  END IF;
  IF NEW."rewardPoints" < 0 OR NEW."bountyFen" < 0 THEN
    RAISE EXCEPTION 'rewards cannot be negative' USING ERRCODE = '23514';
  END IF;
  IF NEW."rewardPoints" = 0 AND NEW."bountyFen" = 0 THEN
    RAISE EXCEPTION 'a task needs points or a bounty' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Task_rules" BEFORE INSERT OR UPDATE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION zcs_task_rules();

CREATE FUNCTION zcs_payout_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amountFen" <= 0 THEN
    RAISE EXCEPTION 'a payout needs a positive amount' USING ERRCODE = '23514';
  END IF;
  IF (NEW."status" = 'PAID') <> (NEW."paidAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'a paid payout needs paidAt' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Payout_rules" BEFORE INSERT OR UPDATE ON "Payout"
  FOR EACH ROW EXECUTE FUNCTION zcs_payout_rules();

-- The points ledger is append-only: history is never rewritten; corrections would be new rows.
CREATE FUNCTION zcs_points_entry_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'the points ledger is append-only (% refused)', TG_OP USING ERRCODE = '23514';
  END IF;
  IF NEW."points" <= 0 THEN
    RAISE EXCEPTION 'a points entry needs positive points' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PointsEntry_rules" BEFORE INSERT OR UPDATE OR DELETE ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION zcs_points_entry_rules();
CREATE TRIGGER "PointsEntry_no_truncate" BEFORE TRUNCATE ON "PointsEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_points_entry_rules();

-- At most one submission waiting for review (or in dispute) per assignment.
CREATE UNIQUE INDEX "TaskSubmission_one_open_per_assignment"
  ON "TaskSubmission" ("assignmentId") WHERE "status" IN ('PENDING', 'DISPUTED');
