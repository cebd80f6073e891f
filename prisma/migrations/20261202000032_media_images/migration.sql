-- CreateEnum
CREATE TYPE "GalleryKind" AS ENUM ('PROJECT', 'CAMPAIGN');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "coverKey" VARCHAR(80);

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "coverKey" VARCHAR(80);

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "coverKey" VARCHAR(80);

-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "photoKey" VARCHAR(80);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "avatarKey" VARCHAR(80);

-- CreateTable
CREATE TABLE "GalleryImage" (
    "id" TEXT NOT NULL,
    "kind" "GalleryKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GalleryImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GalleryImage_key_key" ON "GalleryImage"("key");

-- CreateIndex
CREATE INDEX "GalleryImage_kind_subjectId_position_idx" ON "GalleryImage"("kind", "subjectId", "position");


-- A gallery holds at most 8 pictures. Concurrent uploads to one gallery take the same advisory
-- lock, so the count they see includes every committed sibling (READ COMMITTED).
CREATE OR REPLACE FUNCTION gallery_image_limit() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('gallery:' || NEW.kind::text || ':' || NEW."subjectId", 0));
  IF (SELECT count(*) FROM "GalleryImage" WHERE kind = NEW.kind AND "subjectId" = NEW."subjectId") >= 8 THEN
    RAISE EXCEPTION 'gallery_full' USING ERRCODE = '23514', CONSTRAINT = 'GalleryImage_limit';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER gallery_image_limit BEFORE INSERT ON "GalleryImage"
  FOR EACH ROW EXECUTE FUNCTION gallery_image_limit();
