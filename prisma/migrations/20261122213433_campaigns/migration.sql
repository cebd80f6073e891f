-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('AUTHORIZED', 'CAPTURED', 'VOIDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('SUCCEEDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" VARCHAR(80) NOT NULL,
    "story" VARCHAR(20000) NOT NULL DEFAULT '',
    "goalFen" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'CNY',
    "minPledgeFen" INTEGER NOT NULL DEFAULT 100,
    "durationDays" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "faq" JSONB NOT NULL DEFAULT '[]',
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewNote" VARCHAR(1000),
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "settledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RewardTier" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" VARCHAR(80) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "amountFen" INTEGER NOT NULL,
    "quantity" INTEGER,
    "claimed" INTEGER NOT NULL DEFAULT 0,
    "deliveryMonth" VARCHAR(7),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RewardTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "backerId" TEXT NOT NULL,
    "tierId" TEXT,
    "amountFen" INTEGER NOT NULL,
    "status" "PledgeStatus" NOT NULL DEFAULT 'AUTHORIZED',
    "idempotencyKey" VARCHAR(100) NOT NULL,
    "authorizationId" VARCHAR(40) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxPayment" (
    "id" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "idempotencyKey" VARCHAR(120) NOT NULL,
    "parentId" VARCHAR(40),
    "amountFen" INTEGER NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "declineCode" VARCHAR(40),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignUpdate" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" VARCHAR(120) NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignComment" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" VARCHAR(2000) NOT NULL,
    "answer" VARCHAR(2000),
    "answeredAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignWatch" (
    "userId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignWatch_pkey" PRIMARY KEY ("userId","campaignId")
);

-- CreateTable
CREATE TABLE "IntroductionRequest" (
    "id" TEXT NOT NULL,
    "investorId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "ticketFen" INTEGER NOT NULL,
    "message" VARCHAR(1000) NOT NULL DEFAULT '',
    "status" "IntroductionStatus" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntroductionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "link" VARCHAR(200),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_status_endsAt_idx" ON "Campaign"("status", "endsAt");

-- CreateIndex
CREATE INDEX "Campaign_status_createdAt_id_idx" ON "Campaign"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Campaign_projectId_idx" ON "Campaign"("projectId");

-- CreateIndex
CREATE INDEX "RewardTier_campaignId_position_idx" ON "RewardTier"("campaignId", "position");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_status_idx" ON "Pledge"("campaignId", "status");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_createdAt_idx" ON "Pledge"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "Pledge_backerId_createdAt_idx" ON "Pledge"("backerId", "createdAt");

-- CreateIndex
CREATE INDEX "Pledge_createdAt_idx" ON "Pledge"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_backerId_idempotencyKey_key" ON "Pledge"("backerId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPayment_idempotencyKey_key" ON "SandboxPayment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "SandboxPayment_parentId_kind_idx" ON "SandboxPayment"("parentId", "kind");

-- CreateIndex
CREATE INDEX "CampaignUpdate_campaignId_createdAt_idx" ON "CampaignUpdate"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "CampaignComment_campaignId_createdAt_idx" ON "CampaignComment"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "CampaignWatch_campaignId_idx" ON "CampaignWatch"("campaignId");

-- CreateIndex
CREATE INDEX "IntroductionRequest_projectId_status_idx" ON "IntroductionRequest"("projectId", "status");

-- CreateIndex
CREATE INDEX "IntroductionRequest_investorId_createdAt_idx" ON "IntroductionRequest"("investorId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardTier" ADD CONSTRAINT "RewardTier_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_backerId_fkey" FOREIGN KEY ("backerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "RewardTier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignComment" ADD CONSTRAINT "CampaignComment_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignComment" ADD CONSTRAINT "CampaignComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignWatch" ADD CONSTRAINT "CampaignWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignWatch" ADD CONSTRAINT "CampaignWatch_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_investorId_fkey" FOREIGN KEY ("investorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written invariants ---------------------------------------------------------------
-- Row rules are BEFORE triggers raising check_violation (23514): the WebAssembly schema
-- engine cannot describe CHECK constraints (see the foundation migration).

CREATE FUNCTION zcs_campaign_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."goalFen" <= 0 OR NEW."minPledgeFen" <= 0 THEN
    RAISE EXCEPTION 'campaign amounts must be positive' USING ERRCODE = '23514';
  END IF;
  IF NEW."durationDays" < 1 OR NEW."durationDays" > 60 THEN
    RAISE EXCEPTION 'campaign duration must be 1-60 days' USING ERRCODE = '23514';
  END IF;
  IF NEW."currency" <> 'CNY' THEN
    RAISE EXCEPTION 'only CNY campaigns are supported' USING ERRCODE = '23514';
  END IF;
  IF NEW."endsAt" IS NOT NULL AND (NEW."startsAt" IS NULL OR NEW."endsAt" <= NEW."startsAt") THEN
    RAISE EXCEPTION 'campaign must end after it starts' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" IN ('APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED') AND NEW."endsAt" IS NULL THEN
    RAISE EXCEPTION 'an approved campaign needs its dates' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Campaign_rules" BEFORE INSERT OR UPDATE ON "Campaign"
  FOR EACH ROW EXECUTE FUNCTION zcs_campaign_rules();

-- A limited tier is never oversold: pledges claim with
-- UPDATE ... SET claimed = claimed + 1 WHERE claimed < quantity, and this trigger backs it up.
CREATE FUNCTION zcs_reward_tier_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amountFen" <= 0 THEN
    RAISE EXCEPTION 'tier amount must be positive' USING ERRCODE = '23514';
  END IF;
  IF NEW."quantity" IS NOT NULL AND NEW."quantity" < 1 THEN
    RAISE EXCEPTION 'tier quantity must be at least 1' USING ERRCODE = '23514';
  END IF;
  IF NEW."claimed" < 0 OR (NEW."quantity" IS NOT NULL AND NEW."claimed" > NEW."quantity") THEN
    RAISE EXCEPTION 'tier claimed out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "RewardTier_rules" BEFORE INSERT OR UPDATE ON "RewardTier"
  FOR EACH ROW EXECUTE FUNCTION zcs_reward_tier_rules();

CREATE FUNCTION zcs_pledge_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amountFen" <= 0 THEN
    RAISE EXCEPTION 'pledge amount must be positive' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Pledge_rules" BEFORE INSERT OR UPDATE ON "Pledge"
  FOR EACH ROW EXECUTE FUNCTION zcs_pledge_rules();

CREATE FUNCTION zcs_sandbox_payment_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amountFen" < 0 THEN
    RAISE EXCEPTION 'payment amount must not be negative' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "SandboxPayment_rules" BEFORE INSERT OR UPDATE ON "SandboxPayment"
  FOR EACH ROW EXECUTE FUNCTION zcs_sandbox_payment_rules();

-- At most one successful capture and one successful void per authorization, whatever the key.
CREATE UNIQUE INDEX "SandboxPayment_one_effect_per_authorization"
  ON "SandboxPayment" ("parentId", "kind") WHERE "kind" IN ('CAPTURE', 'VOID') AND "status" = 'SUCCEEDED';

CREATE FUNCTION zcs_introduction_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."ticketFen" <= 0 THEN
    RAISE EXCEPTION 'ticket size must be positive' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "IntroductionRequest_rules" BEFORE INSERT OR UPDATE ON "IntroductionRequest"
  FOR EACH ROW EXECUTE FUNCTION zcs_introduction_rules();

CREATE UNIQUE INDEX "IntroductionRequest_one_pending"
  ON "IntroductionRequest" ("investorId", "projectId") WHERE "status" = 'PENDING';
