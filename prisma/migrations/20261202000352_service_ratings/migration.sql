-- CreateEnum
CREATE TYPE "RatingLevel" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateEnum
CREATE TYPE "ServiceRecordKind" AS ENUM ('BOOKING', 'EVENT_REGISTRATION', 'MENTORING_SESSION');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('BOOKING', 'EVENT', 'TRAINING', 'MENTORING');

-- CreateEnum
CREATE TYPE "RatingCaseStatus" AS ENUM ('OPEN', 'CALLED_BACK', 'FIXING', 'APPEALED', 'FIXED', 'EXPLAINED', 'APPEAL_UPHELD');

-- CreateEnum
CREATE TYPE "RatingCaseClassification" AS ENUM ('FIXED_AT_ONCE', 'FIX_BY_DEADLINE', 'EXPLAINED_NO_FAULT', 'APPEAL_MISTAKEN', 'APPEAL_MALICIOUS');

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "ratingCaseWorkingDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "ratingPublicMinimum" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "ServiceRating" (
    "id" TEXT NOT NULL,
    "recordKind" "ServiceRecordKind" NOT NULL,
    "recordId" VARCHAR(60) NOT NULL,
    "raterId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "level" "RatingLevel" NOT NULL,
    "comment" VARCHAR(1000) NOT NULL DEFAULT '',
    "serviceType" "ServiceType" NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "spaceId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingCase" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "status" "RatingCaseStatus" NOT NULL DEFAULT 'OPEN',
    "assigneeId" TEXT,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "callbackNote" VARCHAR(2000),
    "calledBackAt" TIMESTAMPTZ(3),
    "calledBackById" TEXT,
    "classification" "RatingCaseClassification",
    "reason" VARCHAR(2000),
    "classifiedAt" TIMESTAMPTZ(3),
    "classifiedById" TEXT,
    "decisionNote" VARCHAR(2000),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RatingCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceRating_raterId_createdAt_idx" ON "ServiceRating"("raterId", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceRating_serviceType_level_idx" ON "ServiceRating"("serviceType", "level");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRating_recordKind_recordId_raterId_round_key" ON "ServiceRating"("recordKind", "recordId", "raterId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "RatingCase_ratingId_key" ON "RatingCase"("ratingId");

-- CreateIndex
CREATE INDEX "RatingCase_status_openedAt_idx" ON "RatingCase"("status", "openedAt");

-- CreateIndex
CREATE INDEX "RatingCase_dueAt_idx" ON "RatingCase"("dueAt");

-- AddForeignKey
ALTER TABLE "ServiceRating" ADD CONSTRAINT "ServiceRating_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCase" ADD CONSTRAINT "RatingCase_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ServiceRating"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCase" ADD CONSTRAINT "RatingCase_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCase" ADD CONSTRAINT "RatingCase_calledBackById_fkey" FOREIGN KEY ("calledBackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCase" ADD CONSTRAINT "RatingCase_classifiedById_fkey" FOREIGN KEY ("classifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCase" ADD CONSTRAINT "RatingCase_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Row rules (the WebAssembly schema engine cannot describe CHECK constraints): a rating has
-- round 1 or 2; the space's rating settings stay in range.
CREATE FUNCTION service_rating_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."round" < 1 OR NEW."round" > 2 THEN
    RAISE EXCEPTION 'rating round out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER service_rating_rules BEFORE INSERT OR UPDATE ON "ServiceRating"
  FOR EACH ROW EXECUTE FUNCTION service_rating_rules();

CREATE FUNCTION space_rating_settings_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."ratingCaseWorkingDays" < 1 OR NEW."ratingCaseWorkingDays" > 60
     OR NEW."ratingPublicMinimum" < 1 OR NEW."ratingPublicMinimum" > 10000 THEN
    RAISE EXCEPTION 'rating settings out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER space_rating_settings_rules BEFORE INSERT OR UPDATE OF "ratingCaseWorkingDays", "ratingPublicMinimum" ON "Space"
  FOR EACH ROW EXECUTE FUNCTION space_rating_settings_rules();
