-- Projects, campaigns and tasks join the one moderation service (lib/moderation): hiding sets
-- "hiddenAt" on the row itself, so the rows' cache triggers (20261202000500_cache_invalidation)
-- announce the page and list tags on hide and restore; no trigger of its own is needed.

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

