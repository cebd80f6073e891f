-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('IDEA', 'PROTOTYPE', 'MVP', 'GROWTH');

-- CreateEnum
CREATE TYPE "ProjectVisibility" AS ENUM ('PUBLIC', 'MEMBERS', 'PRIVATE');

-- CreateEnum
CREATE TYPE "ProjectNeed" AS ENUM ('FUNDING', 'MENTOR', 'SPACE', 'TEAM', 'EQUIPMENT');

-- CreateEnum
CREATE TYPE "IncubationStatus" AS ENUM ('NONE', 'INCUBATING', 'GRADUATED');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ADMITTED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MentorshipStatus" AS ENUM ('REQUESTED', 'ACTIVE', 'DECLINED', 'ENDED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "pitch" VARCHAR(140) NOT NULL,
    "description" VARCHAR(20000) NOT NULL DEFAULT '',
    "sectors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stage" "ProjectStage" NOT NULL DEFAULT 'IDEA',
    "organization" VARCHAR(100) NOT NULL DEFAULT '',
    "location" VARCHAR(100) NOT NULL DEFAULT '',
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "logoKey" VARCHAR(80),
    "needs" "ProjectNeed"[] DEFAULT ARRAY[]::"ProjectNeed"[],
    "visibility" "ProjectVisibility" NOT NULL DEFAULT 'PUBLIC',
    "incubation" "IncubationStatus" NOT NULL DEFAULT 'NONE',
    "activityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ProjectInvitation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "invitedById" TEXT,
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProjectInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectFollow" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFollow_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "dueOn" DATE NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeRound" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(4000) NOT NULL DEFAULT '',
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "questions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundCriterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RoundCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decisionMessage" VARCHAR(2000),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationScore" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApplicationScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationComment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorProfile" (
    "userId" TEXT NOT NULL,
    "expertise" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offer" VARCHAR(500) NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MentorProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Mentorship" (
    "id" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "requestedById" TEXT,
    "message" VARCHAR(1000) NOT NULL DEFAULT '',
    "status" "MentorshipStatus" NOT NULL DEFAULT 'REQUESTED',
    "responseMessage" VARCHAR(1000),
    "respondedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeHour" (
    "id" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "OfficeHour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringSession" (
    "id" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "bookedById" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "topic" VARCHAR(200) NOT NULL DEFAULT '',
    "status" "SessionStatus" NOT NULL DEFAULT 'BOOKED',
    "cancelledAt" TIMESTAMPTZ(3),
    "mentorNote" VARCHAR(2000),
    "menteeNote" VARCHAR(2000),
    "rating" INTEGER,
    "feedback" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentoringSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Project_activityAt_id_idx" ON "Project"("activityAt", "id");

-- CreateIndex
CREATE INDEX "Project_name_trgm" ON "Project" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_pitch_trgm" ON "Project" USING GIN ("pitch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_sectors_idx" ON "Project" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "ProjectMember_userId_idx" ON "ProjectMember"("userId");

-- CreateIndex
CREATE INDEX "ProjectInvitation_email_status_idx" ON "ProjectInvitation"("email", "status");

-- CreateIndex
CREATE INDEX "ProjectInvitation_projectId_status_idx" ON "ProjectInvitation"("projectId", "status");

-- CreateIndex
CREATE INDEX "ProjectFollow_userId_idx" ON "ProjectFollow"("userId");

-- CreateIndex
CREATE INDEX "Milestone_projectId_dueOn_idx" ON "Milestone"("projectId", "dueOn");

-- CreateIndex
CREATE INDEX "IntakeRound_opensAt_closesAt_idx" ON "IntakeRound"("opensAt", "closesAt");

-- CreateIndex
CREATE INDEX "RoundCriterion_roundId_position_idx" ON "RoundCriterion"("roundId", "position");

-- CreateIndex
CREATE INDEX "Application_roundId_status_createdAt_idx" ON "Application"("roundId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Application_projectId_idx" ON "Application"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_roundId_projectId_key" ON "Application"("roundId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationScore_applicationId_criterionId_reviewerId_key" ON "ApplicationScore"("applicationId", "criterionId", "reviewerId");

-- CreateIndex
CREATE INDEX "ApplicationComment_applicationId_createdAt_idx" ON "ApplicationComment"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorProfile_expertise_idx" ON "MentorProfile" USING GIN ("expertise");

-- CreateIndex
CREATE INDEX "Mentorship_mentorId_status_idx" ON "Mentorship"("mentorId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_projectId_status_idx" ON "Mentorship"("projectId", "status");

-- CreateIndex
CREATE INDEX "OfficeHour_mentorId_weekday_idx" ON "OfficeHour"("mentorId", "weekday");

-- CreateIndex
CREATE INDEX "MentoringSession_mentorId_startsAt_idx" ON "MentoringSession"("mentorId", "startsAt");

-- CreateIndex
CREATE INDEX "MentoringSession_mentorshipId_startsAt_idx" ON "MentoringSession"("mentorshipId", "startsAt");

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInvitation" ADD CONSTRAINT "ProjectInvitation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInvitation" ADD CONSTRAINT "ProjectInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollow" ADD CONSTRAINT "ProjectFollow_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollow" ADD CONSTRAINT "ProjectFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeRound" ADD CONSTRAINT "IntakeRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundCriterion" ADD CONSTRAINT "RoundCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "IntakeRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "IntakeRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationScore" ADD CONSTRAINT "ApplicationScore_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationScore" ADD CONSTRAINT "ApplicationScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RoundCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationScore" ADD CONSTRAINT "ApplicationScore_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationComment" ADD CONSTRAINT "ApplicationComment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationComment" ADD CONSTRAINT "ApplicationComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorProfile" ADD CONSTRAINT "MentorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeHour" ADD CONSTRAINT "OfficeHour_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written invariants ---------------------------------------------------------------
-- Row rules are BEFORE triggers raising check_violation (23514): the WebAssembly schema
-- engine cannot describe CHECK or EXCLUDE constraints (see TOOLCHAIN.md).

-- Exactly one owner per project (the service keeps "at least one" inside its transactions).
CREATE UNIQUE INDEX "ProjectMember_one_owner"
  ON "ProjectMember" ("projectId") WHERE "role" = 'OWNER';

-- One open invitation per project and e-mail.
CREATE UNIQUE INDEX "ProjectInvitation_one_pending"
  ON "ProjectInvitation" ("projectId", "email") WHERE "status" = 'PENDING';

-- One open (requested or active) mentorship per mentor and project.
CREATE UNIQUE INDEX "Mentorship_one_open_per_pair"
  ON "Mentorship" ("mentorId", "projectId") WHERE "status" IN ('REQUESTED', 'ACTIVE');

CREATE FUNCTION zcs_intake_round_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."closesAt" <= NEW."opensAt" THEN
    RAISE EXCEPTION 'an intake round closes after it opens' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "IntakeRound_rules" BEFORE INSERT OR UPDATE ON "IntakeRound"
  FOR EACH ROW EXECUTE FUNCTION zcs_intake_round_rules();

CREATE FUNCTION zcs_application_score_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."score" < 1 OR NEW."score" > 5 THEN
    RAISE EXCEPTION 'a score is between 1 and 5' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "ApplicationScore_rules" BEFORE INSERT OR UPDATE ON "ApplicationScore"
  FOR EACH ROW EXECUTE FUNCTION zcs_application_score_rules();

CREATE FUNCTION zcs_office_hour_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."weekday" < 1 OR NEW."weekday" > 7
     OR NEW."startMinute" < 0 OR NEW."endMinute" > 1440
     OR NEW."endMinute" <= NEW."startMinute" THEN
    RAISE EXCEPTION 'office hours need a weekday 1-7 and start < end within the day' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "OfficeHour_rules" BEFORE INSERT OR UPDATE ON "OfficeHour"
  FOR EACH ROW EXECUTE FUNCTION zcs_office_hour_rules();

-- Sessions of one mentor never overlap. The advisory lock serialises concurrent bookings of
-- the same mentor (READ COMMITTED would otherwise let two inserts miss each other).
CREATE FUNCTION zcs_mentoring_session_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endsAt" <= NEW."startsAt" THEN
    RAISE EXCEPTION 'a session ends after it starts' USING ERRCODE = '23514';
  END IF;
  IF NEW."rating" IS NOT NULL AND (NEW."rating" < 1 OR NEW."rating" > 5) THEN
    RAISE EXCEPTION 'a rating is between 1 and 5' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" = 'BOOKED' THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW."mentorId", 0));
    IF EXISTS (
      SELECT 1 FROM "MentoringSession" s
       WHERE s."mentorId" = NEW."mentorId"
         AND s."status" = 'BOOKED'
         AND s."id" <> NEW."id"
         AND s."startsAt" < NEW."endsAt"
         AND NEW."startsAt" < s."endsAt"
    ) THEN
      RAISE EXCEPTION 'the mentor already has a session at this time' USING ERRCODE = '23P01';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "MentoringSession_rules" BEFORE INSERT OR UPDATE ON "MentoringSession"
  FOR EACH ROW EXECUTE FUNCTION zcs_mentoring_session_rules();
