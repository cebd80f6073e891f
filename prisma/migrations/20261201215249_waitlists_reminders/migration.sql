-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('WAITING', 'OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'LEFT');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('BOOKING', 'MENTORING_SESSION', 'EVENT');

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "bookingReminderHours" INTEGER[] DEFAULT ARRAY[24, 1]::INTEGER[];

-- CreateTable
CREATE TABLE "EventWaitlistEntry" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "WaitlistStatus" NOT NULL DEFAULT 'WAITING',
    "offeredAt" TIMESTAMPTZ(3),
    "offerExpiresAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventWaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventWaitlistEntry_eventId_status_createdAt_id_idx" ON "EventWaitlistEntry"("eventId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EventWaitlistEntry_status_offerExpiresAt_idx" ON "EventWaitlistEntry"("status", "offerExpiresAt");

-- CreateIndex
CREATE INDEX "EventWaitlistEntry_userId_status_idx" ON "EventWaitlistEntry"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_kind_subjectId_startsAt_offsetMinutes_key" ON "Reminder"("kind", "subjectId", "startsAt", "offsetMinutes");

-- AddForeignKey
ALTER TABLE "EventWaitlistEntry" ADD CONSTRAINT "EventWaitlistEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventWaitlistEntry" ADD CONSTRAINT "EventWaitlistEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open place in the queue (WAITING or OFFERED) per member and event.
CREATE UNIQUE INDEX "EventWaitlistEntry_one_open_per_user"
  ON "EventWaitlistEntry" ("eventId", "userId") WHERE "status" IN ('WAITING', 'OFFERED');

-- An offer always says until when the seat is held.
CREATE OR REPLACE FUNCTION zcs_event_waitlist_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'OFFERED' AND (NEW."offeredAt" IS NULL OR NEW."offerExpiresAt" IS NULL) THEN
    RAISE EXCEPTION 'an offered waitlist entry needs offeredAt and offerExpiresAt' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "EventWaitlistEntry_rules" BEFORE INSERT OR UPDATE ON "EventWaitlistEntry"
  FOR EACH ROW EXECUTE FUNCTION zcs_event_waitlist_rules();
