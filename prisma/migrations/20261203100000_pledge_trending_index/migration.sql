-- "Trending" counts each campaign's pledges of the last 48 hours on every browse request: with the
-- campaign and status in the index the count is read from the index, not from the pledge rows.
DROP INDEX "Pledge_createdAt_idx";
CREATE INDEX "Pledge_createdAt_campaignId_status_idx" ON "Pledge"("createdAt", "campaignId", "status");
