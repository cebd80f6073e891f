-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "captureAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "captureFailedAt" TIMESTAMPTZ(3),
ADD COLUMN     "nextCaptureAt" TIMESTAMPTZ(3);

