-- CreateEnum
CREATE TYPE "FaultStatus" AS ENUM ('NEW', 'CONFIRMED', 'INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS', 'FIXED', 'DUPLICATE', 'NOT_OURS', 'WONT_FIX');

-- CreateEnum
CREATE TYPE "FaultEventKind" AS ENUM ('REPORTED', 'STATUS', 'ASSIGNED', 'REPLY', 'MERGED', 'OUT_OF_SERVICE', 'BACK_IN_SERVICE', 'VERIFIED', 'REOPENED');

-- AlterEnum
ALTER TYPE "PointsSource" ADD VALUE 'FAULT_REPORT';

-- CreateTable
CREATE TABLE "FaultCategory" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "nameZh" VARCHAR(60) NOT NULL,
    "nameEn" VARCHAR(60) NOT NULL,
    "descriptionZh" VARCHAR(300) NOT NULL DEFAULT '',
    "descriptionEn" VARCHAR(300) NOT NULL DEFAULT '',
    "targetHours" INTEGER NOT NULL,
    "forResources" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaultCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaultReport" (
    "id" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "resourceId" TEXT,
    "categoryId" TEXT NOT NULL,
    "reporterId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "description" VARCHAR(4000) NOT NULL,
    "location" VARCHAR(200) NOT NULL DEFAULT '',
    "photoKey" VARCHAR(64),
    "status" "FaultStatus" NOT NULL DEFAULT 'NEW',
    "assigneeId" TEXT,
    "duplicateOfId" TEXT,
    "confirmationCount" INTEGER NOT NULL DEFAULT 0,
    "expectedFixAt" TIMESTAMPTZ(3) NOT NULL,
    "fixedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "blockId" TEXT,
    "verifyAskedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FaultReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaultConfirmation" (
    "faultId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaultConfirmation_pkey" PRIMARY KEY ("faultId","userId")
);

-- CreateTable
CREATE TABLE "FaultEvent" (
    "id" TEXT NOT NULL,
    "faultId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "FaultEventKind" NOT NULL,
    "fromStatus" "FaultStatus",
    "toStatus" "FaultStatus",
    "note" VARCHAR(2000) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaultEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaultBookingNotice" (
    "faultId" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaultBookingNotice_pkey" PRIMARY KEY ("faultId","bookingId")
);

-- CreateIndex
CREATE UNIQUE INDEX "FaultCategory_code_key" ON "FaultCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "FaultReport_blockId_key" ON "FaultReport"("blockId");

-- CreateIndex
CREATE INDEX "FaultReport_status_createdAt_idx" ON "FaultReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "FaultReport_resourceId_status_idx" ON "FaultReport"("resourceId", "status");

-- CreateIndex
CREATE INDEX "FaultReport_reporterId_createdAt_idx" ON "FaultReport"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "FaultReport_createdAt_id_idx" ON "FaultReport"("createdAt", "id");

-- CreateIndex
CREATE INDEX "FaultConfirmation_userId_idx" ON "FaultConfirmation"("userId");

-- CreateIndex
CREATE INDEX "FaultEvent_faultId_createdAt_idx" ON "FaultEvent"("faultId", "createdAt");

-- CreateIndex
CREATE INDEX "FaultBookingNotice_bookingId_idx" ON "FaultBookingNotice"("bookingId");

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "FaultCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "FaultReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultReport" ADD CONSTRAINT "FaultReport_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "MaintenanceBlock"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultConfirmation" ADD CONSTRAINT "FaultConfirmation_faultId_fkey" FOREIGN KEY ("faultId") REFERENCES "FaultReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultConfirmation" ADD CONSTRAINT "FaultConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultEvent" ADD CONSTRAINT "FaultEvent_faultId_fkey" FOREIGN KEY ("faultId") REFERENCES "FaultReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultEvent" ADD CONSTRAINT "FaultEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultBookingNotice" ADD CONSTRAINT "FaultBookingNotice_faultId_fkey" FOREIGN KEY ("faultId") REFERENCES "FaultReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultBookingNotice" ADD CONSTRAINT "FaultBookingNotice_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---- Hand-written: row rules, the booking/maintenance rule, default categories ----------------

-- Row rules as BEFORE triggers raising check_violation (23514): the WebAssembly schema engine
-- cannot describe CHECK constraints (see the bookings migration).
CREATE FUNCTION zcs_fault_category_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."targetHours" < 1 THEN
    RAISE EXCEPTION 'fault category target out of range' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "FaultCategory_rules" BEFORE INSERT OR UPDATE ON "FaultCategory"
  FOR EACH ROW EXECUTE FUNCTION zcs_fault_category_rules();

-- FIXED carries fixedAt and no closedAt; a report closed without fixing carries closedAt and
-- no fixedAt; an open one carries neither. So "fixed" and "closed without fixing" can never be
-- read as one another, whatever writes the row.
CREATE FUNCTION zcs_fault_report_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."confirmationCount" < 0 OR NEW."reopenCount" < 0 OR NEW."reopenCount" > 1 THEN
    RAISE EXCEPTION 'fault report counters out of range' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" = 'FIXED' AND (NEW."fixedAt" IS NULL OR NEW."closedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'a fixed report has fixedAt and no closedAt' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" IN ('DUPLICATE', 'NOT_OURS', 'WONT_FIX') AND (NEW."closedAt" IS NULL OR NEW."fixedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'a closed report has closedAt and no fixedAt' USING ERRCODE = '23514';
  END IF;
  IF NEW."status" IN ('NEW', 'CONFIRMED', 'INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS') AND (NEW."closedAt" IS NOT NULL OR NEW."fixedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'an open report has neither fixedAt nor closedAt' USING ERRCODE = '23514';
  END IF;
  IF (NEW."status" = 'DUPLICATE') <> (NEW."duplicateOfId" IS NOT NULL) OR NEW."duplicateOfId" = NEW."id" THEN
    RAISE EXCEPTION 'a duplicate names its original, and only a duplicate does' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "FaultReport_rules" BEFORE INSERT OR UPDATE ON "FaultReport"
  FOR EACH ROW EXECUTE FUNCTION zcs_fault_report_rules();

-- A maintenance block (planned, or a machine out of service from a fault report) refuses every
-- new active booking inside it, in the database like the overlap rule: checked on insert, when
-- an active booking's times change, and when a pending one is confirmed. Bookings already
-- inside when a block is written stay (they are flagged and their bookers told instead). Same
-- per-resource advisory lock as the overlap trigger and the services that write blocks.
CREATE FUNCTION zcs_booking_maintenance_rule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
     AND (TG_OP = 'INSERT'
          OR NEW."startsAt" <> OLD."startsAt" OR NEW."endsAt" <> OLD."endsAt"
          OR (OLD."status" = 'PENDING' AND NEW."status" = 'CONFIRMED')) THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW."resourceId", 0));
    IF EXISTS (
      SELECT 1 FROM "MaintenanceBlock" m
       WHERE m."resourceId" = NEW."resourceId"
         AND m."startsAt" < NEW."endsAt"
         AND NEW."startsAt" < m."endsAt"
    ) THEN
      RAISE EXCEPTION 'booking falls in a maintenance block of resource %', NEW."resourceId"
        USING ERRCODE = '23P01', CONSTRAINT = 'Booking_maintenance';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Booking_maintenance" BEFORE INSERT OR UPDATE ON "Booking"
  FOR EACH ROW EXECUTE FUNCTION zcs_booking_maintenance_rule();

-- The categories every install starts with (operators may add more). Codes are the Open311
-- service codes, so they never change once published.
INSERT INTO "FaultCategory" ("id", "code", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "targetHours", "forResources", "sortOrder") VALUES
  ('fc_machine',   'machine-broken', '设备故障',   'Machine broken',        '设备无法开机、报错或工作异常',       'The machine does not start, shows an error or misbehaves', 48, true, 10),
  ('fc_safety',    'safety',         '安全隐患',   'Safety hazard',         '可能伤人的问题：漏电、防护罩损坏、异味', 'Anything that could hurt someone: exposed wiring, broken guards, a burning smell', 4, true, 20),
  ('fc_consumable','consumables',    '耗材用尽',   'Out of consumables',    '材料、刀具、耗材缺失或用尽',         'Material, bits or consumables missing or used up', 24, true, 30),
  ('fc_network',   'network',        '网络 / Wi-Fi', 'Network / Wi-Fi',     '无线网络或有线网络不可用',           'Wi-Fi or wired network down or slow', 8, false, 40),
  ('fc_facility',  'facilities',     '设施 / 水电空调', 'Facilities',       '照明、空调、水电、门禁、家具',       'Lights, air conditioning, power, water, doors, furniture', 24, false, 50),
  ('fc_clean',     'cleanliness',    '卫生',       'Cleanliness',           '需要清洁或整理的区域',               'An area that needs cleaning or tidying', 24, false, 60),
  ('fc_other',     'other',          '其他',       'Other',                 '不属于以上类别的问题',               'Anything else', 72, false, 70);
