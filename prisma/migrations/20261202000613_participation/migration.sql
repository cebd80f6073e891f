-- CreateEnum
CREATE TYPE "ModerationState" AS ENUM ('REPORTED', 'PENDING_REVIEW', 'HIDDEN', 'RESTORED');

-- CreateEnum
CREATE TYPE "ConsultationAudience" AS ENUM ('PUBLIC', 'MEMBERS');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('NOT_ANSWERED', 'EVALUATING', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AnswerRating" AS ENUM ('SATISFIED', 'NEUTRAL', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "reportHideThreshold" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "contentId" VARCHAR(64) NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" VARCHAR(500) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeratedContent" (
    "contentType" VARCHAR(40) NOT NULL,
    "contentId" VARCHAR(64) NOT NULL,
    "authorId" TEXT,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "state" "ModerationState" NOT NULL DEFAULT 'REPORTED',
    "reason" VARCHAR(500) NOT NULL DEFAULT '',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ModeratedContent_pkey" PRIMARY KEY ("contentType","contentId")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "description" VARCHAR(20000) NOT NULL DEFAULT '',
    "opensAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesAt" TIMESTAMPTZ(3),
    "audience" "ConsultationAudience" NOT NULL DEFAULT 'PUBLIC',
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "answerDeadlineDays" INTEGER NOT NULL DEFAULT 10,
    "supportThreshold" INTEGER,
    "standing" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" VARCHAR(10000) NOT NULL,
    "category" VARCHAR(60) NOT NULL DEFAULT '',
    "imageKey" VARCHAR(200),
    "status" "ProposalStatus" NOT NULL DEFAULT 'NOT_ANSWERED',
    "withdrawReason" VARCHAR(500) NOT NULL DEFAULT '',
    "supportCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "evaluatorId" TEXT,
    "escalatedAt" TIMESTAMPTZ(3),
    "firstAnsweredAt" TIMESTAMPTZ(3),
    "reopenedAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalSupport" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalSupport_pkey" PRIMARY KEY ("proposalId","userId")
);

-- CreateTable
CREATE TABLE "ProposalFollow" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalFollow_pkey" PRIMARY KEY ("proposalId","userId")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" VARCHAR(4000) NOT NULL,
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalAnswer" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT NOT NULL,
    "decision" "ProposalStatus" NOT NULL,
    "body" VARCHAR(10000) NOT NULL,
    "reason" VARCHAR(2000) NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),
    "rating" "AnswerRating",
    "ratedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProposalAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "parentId" TEXT,
    "title" VARCHAR(160) NOT NULL,
    "description" VARCHAR(10000) NOT NULL DEFAULT '',
    "status" "ResultStatus" NOT NULL DEFAULT 'PLANNED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultMilestone" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "description" VARCHAR(2000) NOT NULL DEFAULT '',

    CONSTRAINT "ResultMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultProposal" (
    "resultId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,

    CONSTRAINT "ResultProposal_pkey" PRIMARY KEY ("resultId","proposalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContentReport_contentType_contentId_reporterId_key" ON "ContentReport"("contentType", "contentId", "reporterId");

-- CreateIndex
CREATE INDEX "ModeratedContent_state_createdAt_idx" ON "ModeratedContent"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Consultation_opensAt_idx" ON "Consultation"("opensAt");

-- CreateIndex
CREATE INDEX "Proposal_consultationId_createdAt_id_idx" ON "Proposal"("consultationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Proposal_consultationId_supportCount_id_idx" ON "Proposal"("consultationId", "supportCount", "id");

-- CreateIndex
CREATE INDEX "Proposal_status_escalatedAt_idx" ON "Proposal"("status", "escalatedAt");

-- CreateIndex
CREATE INDEX "ProposalSupport_userId_idx" ON "ProposalSupport"("userId");

-- CreateIndex
CREATE INDEX "ProposalFollow_userId_idx" ON "ProposalFollow"("userId");

-- CreateIndex
CREATE INDEX "ProposalComment_proposalId_createdAt_id_idx" ON "ProposalComment"("proposalId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ProposalAnswer_proposalId_answeredAt_idx" ON "ProposalAnswer"("proposalId", "answeredAt");

-- CreateIndex
CREATE INDEX "Result_parentId_idx" ON "Result"("parentId");

-- CreateIndex
CREATE INDEX "ResultMilestone_resultId_date_idx" ON "ResultMilestone"("resultId", "date");

-- CreateIndex
CREATE INDEX "ResultProposal_proposalId_idx" ON "ResultProposal"("proposalId");

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratedContent" ADD CONSTRAINT "ModeratedContent_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalSupport" ADD CONSTRAINT "ProposalSupport_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalSupport" ADD CONSTRAINT "ProposalSupport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFollow" ADD CONSTRAINT "ProposalFollow_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFollow" ADD CONSTRAINT "ProposalFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProposalComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalAnswer" ADD CONSTRAINT "ProposalAnswer_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalAnswer" ADD CONSTRAINT "ProposalAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultMilestone" ADD CONSTRAINT "ResultMilestone_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultProposal" ADD CONSTRAINT "ResultProposal_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultProposal" ADD CONSTRAINT "ResultProposal_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---- Hand-written: counters, row rules, the standing suggestion box ------------------------

-- At most one standing suggestion box.
CREATE UNIQUE INDEX "Consultation_one_standing" ON "Consultation" ("standing") WHERE "standing";

-- Row rules (the WebAssembly schema engine cannot describe CHECK constraints).
CREATE FUNCTION consultation_row_rules() RETURNS trigger AS $$
BEGIN
  IF NEW."answerDeadlineDays" < 1 OR NEW."answerDeadlineDays" > 365 THEN
    RAISE EXCEPTION 'answer deadline out of range' USING ERRCODE = '23514';
  END IF;
  IF NEW."supportThreshold" IS NOT NULL AND NEW."supportThreshold" < 1 THEN
    RAISE EXCEPTION 'support threshold must be positive' USING ERRCODE = '23514';
  END IF;
  IF NEW."closesAt" IS NOT NULL AND NEW."closesAt" <= NEW."opensAt" THEN
    RAISE EXCEPTION 'a consultation closes after it opens' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER consultation_row_rules BEFORE INSERT OR UPDATE ON "Consultation"
  FOR EACH ROW EXECUTE FUNCTION consultation_row_rules();

CREATE FUNCTION result_row_rules() RETURNS trigger AS $$
BEGIN
  IF NEW."progress" < 0 OR NEW."progress" > 100 OR NEW."weight" < 1 THEN
    RAISE EXCEPTION 'result progress 0-100, weight >= 1' USING ERRCODE = '23514';
  END IF;
  IF NEW."parentId" = NEW."id" THEN
    RAISE EXCEPTION 'a result is not its own parent' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER result_row_rules BEFORE INSERT OR UPDATE ON "Result"
  FOR EACH ROW EXECUTE FUNCTION result_row_rules();

-- No support for a rejected or withdrawn proposal: checked under the proposal's row lock, so a
-- rejection and a support racing each other cannot both win. The lock is the one the counter's
-- UPDATE below takes anyway (FOR NO KEY UPDATE): concurrent supports queue on it up front instead
-- of each holding a share lock and then deadlocking on the upgrade.
CREATE FUNCTION proposal_support_rules() RETURNS trigger AS $$
DECLARE s "ProposalStatus";
BEGIN
  SELECT "status" INTO s FROM "Proposal" WHERE "id" = NEW."proposalId" FOR NO KEY UPDATE;
  IF s IN ('REJECTED', 'WITHDRAWN') THEN
    RAISE EXCEPTION 'proposal closed to support' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER proposal_support_rules BEFORE INSERT ON "ProposalSupport"
  FOR EACH ROW EXECUTE FUNCTION proposal_support_rules();

-- supportCount follows the support rows, per statement.
CREATE FUNCTION proposal_support_count_ins() RETURNS trigger AS $$
BEGIN
  UPDATE "Proposal" p SET "supportCount" = p."supportCount" + n.c
  FROM (SELECT "proposalId", count(*)::int AS c FROM new_rows GROUP BY "proposalId") n WHERE p."id" = n."proposalId";
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE FUNCTION proposal_support_count_del() RETURNS trigger AS $$
BEGIN
  UPDATE "Proposal" p SET "supportCount" = p."supportCount" - o.c
  FROM (SELECT "proposalId", count(*)::int AS c FROM old_rows GROUP BY "proposalId") o WHERE p."id" = o."proposalId";
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER proposal_support_count_ins AFTER INSERT ON "ProposalSupport"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_support_count_ins();
CREATE TRIGGER proposal_support_count_del AFTER DELETE ON "ProposalSupport"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_support_count_del();

-- One level of replies: a reply answers a top-level comment of the same proposal.
CREATE FUNCTION proposal_comment_rules() RETURNS trigger AS $$
DECLARE parent RECORD;
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    SELECT "proposalId", "parentId" INTO parent FROM "ProposalComment" WHERE "id" = NEW."parentId";
    IF parent."proposalId" IS DISTINCT FROM NEW."proposalId" OR parent."parentId" IS NOT NULL THEN
      RAISE EXCEPTION 'replies are one level deep' USING ERRCODE = '23514';
    END IF;
  END IF;
  UPDATE "Proposal" SET "commentCount" = "commentCount" + 1 WHERE "id" = NEW."proposalId";
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER proposal_comment_rules BEFORE INSERT ON "ProposalComment"
  FOR EACH ROW EXECUTE FUNCTION proposal_comment_rules();

CREATE FUNCTION report_threshold_rules() RETURNS trigger AS $$
BEGIN
  IF NEW."reportHideThreshold" < 1 THEN
    RAISE EXCEPTION 'report threshold must be positive' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER report_threshold_rules BEFORE INSERT OR UPDATE OF "reportHideThreshold" ON "Space"
  FOR EACH ROW EXECUTE FUNCTION report_threshold_rules();

-- Every install has the standing suggestion box (its title and text come from the catalogs).
INSERT INTO "Consultation" ("id", "title", "description", "opensAt", "audience", "standing", "answerDeadlineDays", "createdAt")
VALUES ('suggestion-box', '意见箱 Suggestion box', '', '2026-01-01T00:00:00Z', 'PUBLIC', true, 10, now())
ON CONFLICT DO NOTHING;
