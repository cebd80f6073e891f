-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('TRAINING', 'WORKSHOP', 'TALK', 'DEMO_DAY', 'HACKATHON', 'MEETUP');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('ON_SITE', 'ONLINE');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EventRegistrationStatus" AS ENUM ('REGISTERED', 'CANCELLED', 'ATTENDED');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "spaceId" TEXT,
    "organizerId" TEXT NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "summary" VARCHAR(300) NOT NULL DEFAULT '',
    "description" VARCHAR(20000) NOT NULL DEFAULT '',
    "kind" "EventKind" NOT NULL,
    "format" "EventFormat" NOT NULL DEFAULT 'ON_SITE',
    "location" VARCHAR(200) NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "cancelReason" VARCHAR(500),
    "certificationId" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "EventRegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "attendedAt" TIMESTAMPTZ(3),
    "markedById" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_status_startsAt_id_idx" ON "Event"("status", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Event_startsAt_id_idx" ON "Event"("startsAt", "id");

-- CreateIndex
CREATE INDEX "Event_organizerId_idx" ON "Event"("organizerId");

-- CreateIndex
CREATE INDEX "EventRegistration_userId_status_idx" ON "EventRegistration"("userId", "status");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_createdAt_idx" ON "EventRegistration"("eventId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written invariants ---------------------------------------------------------------
-- Row rules are BEFORE triggers raising check_violation (23514): the WebAssembly schema engine
-- cannot describe CHECK constraints (see TOOLCHAIN.md).

CREATE FUNCTION zcs_event_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endsAt" <= NEW."startsAt" THEN
    RAISE EXCEPTION 'an event must end after it starts' USING ERRCODE = '23514';
  END IF;
  IF NEW."capacity" IS NOT NULL AND NEW."capacity" < 1 THEN
    RAISE EXCEPTION 'an event needs at least one seat' USING ERRCODE = '23514';
  END IF;
  -- The last line of defence behind the conditional seat update: never more seats than capacity.
  IF NEW."seatsTaken" < 0 OR (NEW."capacity" IS NOT NULL AND NEW."seatsTaken" > NEW."capacity") THEN
    RAISE EXCEPTION 'seats taken out of range' USING ERRCODE = '23514';
  END IF;
  IF NEW."format" = 'ON_SITE' AND NEW."spaceId" IS NULL THEN
    RAISE EXCEPTION 'an on-site event needs a space' USING ERRCODE = '23514';
  END IF;
  IF NEW."certificationId" IS NOT NULL AND NEW."kind" <> 'TRAINING' THEN
    RAISE EXCEPTION 'only a training grants a certification' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" = 'CANCELLED' AND coalesce(btrim(NEW."cancelReason"), '') = '' THEN
    RAISE EXCEPTION 'a cancelled event needs a reason' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Event_rules" BEFORE INSERT OR UPDATE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION zcs_event_rules();

CREATE FUNCTION zcs_event_registration_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."status" = 'ATTENDED') <> (NEW."attendedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'an attended registration needs attendedAt' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "EventRegistration_rules" BEFORE INSERT OR UPDATE ON "EventRegistration"
  FOR EACH ROW EXECUTE FUNCTION zcs_event_registration_rules();

-- One active (REGISTERED or ATTENDED) registration per member and event; a cancelled one may be
-- followed by a new registration.
CREATE UNIQUE INDEX "EventRegistration_one_active_per_user"
  ON "EventRegistration" ("eventId", "userId") WHERE "status" <> 'CANCELLED';
