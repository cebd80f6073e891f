-- AlterTable
ALTER TABLE "Booking" ALTER COLUMN "projectId" SET DATA TYPE TEXT;

-- Links written before the key existed may name a project that is gone: clear them first.
UPDATE "Booking" b SET "projectId" = NULL
WHERE b."projectId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Project" p WHERE p.id = b."projectId");

-- CreateIndex
CREATE INDEX "Booking_projectId_idx" ON "Booking"("projectId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

