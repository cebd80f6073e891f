-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('HOT_DESK', 'FIXED_DESK', 'MEETING_ROOM', 'EQUIPMENT', 'WORKSHOP_AREA');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'REJECTED', 'NO_SHOW');

-- CreateTable
CREATE TABLE "Space" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "address" VARCHAR(200) NOT NULL DEFAULT '',
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'Asia/Shanghai',
    "openingHours" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpaceClosure" (
    "id" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpaceClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCertification" (
    "userId" TEXT NOT NULL,
    "certificationId" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserCertification_pkey" PRIMARY KEY ("userId","certificationId")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "zone" VARCHAR(40) NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "slotMinutes" INTEGER NOT NULL DEFAULT 30,
    "minMinutes" INTEGER NOT NULL DEFAULT 30,
    "maxMinutes" INTEGER NOT NULL DEFAULT 240,
    "noticeMinutes" INTEGER NOT NULL DEFAULT 0,
    "horizonDays" INTEGER NOT NULL DEFAULT 14,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "requiresApproval" BOOLEAN NOT NULL DEFAULT false,
    "requiredCertificationId" TEXT,
    "weeklyQuotaHours" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceBlock" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(200) NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintenanceBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "projectId" VARCHAR(40),
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'CONFIRMED',
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "cancelReason" VARCHAR(500),
    "decisionReason" VARCHAR(500),
    "decidedById" TEXT,
    "checkedInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "SpaceClosure_spaceId_startDate_idx" ON "SpaceClosure"("spaceId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_name_key" ON "Certification"("name");

-- CreateIndex
CREATE INDEX "Resource_spaceId_kind_zone_idx" ON "Resource"("spaceId", "kind", "zone");

-- CreateIndex
CREATE INDEX "MaintenanceBlock_resourceId_startsAt_idx" ON "MaintenanceBlock"("resourceId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_resourceId_startsAt_idx" ON "Booking"("resourceId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_userId_startsAt_id_idx" ON "Booking"("userId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Booking_status_startsAt_idx" ON "Booking"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "SpaceClosure" ADD CONSTRAINT "SpaceClosure_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCertification" ADD CONSTRAINT "UserCertification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCertification" ADD CONSTRAINT "UserCertification_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCertification" ADD CONSTRAINT "UserCertification_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_requiredCertificationId_fkey" FOREIGN KEY ("requiredCertificationId") REFERENCES "Certification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceBlock" ADD CONSTRAINT "MaintenanceBlock_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceBlock" ADD CONSTRAINT "MaintenanceBlock_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written invariants ---------------------------------------------------------------
-- Row rules are BEFORE triggers raising check_violation (23514): the WebAssembly schema
-- engine cannot describe CHECK or EXCLUDE constraints (see TOOLCHAIN.md).

CREATE FUNCTION zcs_resource_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."capacity" < 1 OR NEW."slotMinutes" < 5 OR NEW."minMinutes" < NEW."slotMinutes"
     OR NEW."maxMinutes" < NEW."minMinutes" OR NEW."noticeMinutes" < 0 OR NEW."horizonDays" < 1
     OR NEW."bufferMinutes" < 0 OR (NEW."weeklyQuotaHours" IS NOT NULL AND NEW."weeklyQuotaHours" < 1) THEN
    RAISE EXCEPTION 'resource rules out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Resource_rules" BEFORE INSERT OR UPDATE ON "Resource"
  FOR EACH ROW EXECUTE FUNCTION zcs_resource_rules();

CREATE FUNCTION zcs_closure_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endDate" < NEW."startDate" THEN
    RAISE EXCEPTION 'closure ends before it starts' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "SpaceClosure_rules" BEFORE INSERT OR UPDATE ON "SpaceClosure"
  FOR EACH ROW EXECUTE FUNCTION zcs_closure_rules();

CREATE FUNCTION zcs_maintenance_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endsAt" <= NEW."startsAt" THEN
    RAISE EXCEPTION 'maintenance ends before it starts' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "MaintenanceBlock_rules" BEFORE INSERT OR UPDATE ON "MaintenanceBlock"
  FOR EACH ROW EXECUTE FUNCTION zcs_maintenance_rules();

-- No two active bookings (PENDING, CONFIRMED, CHECKED_IN) of one resource overlap, buffers
-- included. The advisory lock serialises writers per resource, so two transactions cannot
-- both see "no overlap" and both insert (works at READ COMMITTED: the second waits for the
-- first to commit, then its check sees the committed row).
CREATE FUNCTION zcs_booking_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endsAt" <= NEW."startsAt" OR NEW."blockedUntil" < NEW."endsAt" THEN
    RAISE EXCEPTION 'booking ends before it starts' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN') THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW."resourceId", 0));
    IF EXISTS (
      SELECT 1 FROM "Booking" b
       WHERE b."resourceId" = NEW."resourceId"
         AND b."id" <> NEW."id"
         AND b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
         AND b."startsAt" < NEW."blockedUntil"
         AND NEW."startsAt" < b."blockedUntil"
    ) THEN
      RAISE EXCEPTION 'booking overlaps an active booking of resource %', NEW."resourceId"
        USING ERRCODE = '23P01';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Booking_rules" BEFORE INSERT OR UPDATE ON "Booking"
  FOR EACH ROW EXECUTE FUNCTION zcs_booking_rules();
