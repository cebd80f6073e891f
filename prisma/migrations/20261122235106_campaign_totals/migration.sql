-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "backerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "raisedFen" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Pledge_campaignId_backerId_idx" ON "Pledge"("campaignId", "backerId");


-- Hand-written --------------------------------------------------------------------------
-- "raisedFen" and "backerCount" follow every pledge write in the same transaction. Pledge
-- writers lock the campaign row first (SELECT ... FOR NO KEY UPDATE), so two pledges to one
-- campaign apply their deltas one after the other and the distinct-backer check below sees
-- the other's committed row.
CREATE FUNCTION zcs_pledge_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_fen bigint := 0;
  new_fen bigint := 0;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."status" <> 'CANCELLED' THEN old_fen := OLD."amountFen"; END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" <> 'CANCELLED' THEN new_fen := NEW."amountFen"; END IF;
  -- AUTHORIZED -> CAPTURED / VOIDED (settlement) changes no total.
  IF TG_OP = 'UPDATE' AND old_fen = new_fen AND OLD."campaignId" = NEW."campaignId" AND OLD."backerId" = NEW."backerId" THEN
    RETURN NULL;
  END IF;

  IF TG_OP <> 'INSERT' AND old_fen > 0 THEN
    UPDATE "Campaign" SET "raisedFen" = "raisedFen" - old_fen,
           "backerCount" = "backerCount" - CASE WHEN EXISTS (
             SELECT 1 FROM "Pledge" p WHERE p."campaignId" = OLD."campaignId" AND p."backerId" = OLD."backerId"
                AND p."status" <> 'CANCELLED' AND p."id" <> OLD."id") THEN 0 ELSE 1 END
     WHERE id = OLD."campaignId";
  END IF;
  IF TG_OP <> 'DELETE' AND new_fen > 0 THEN
    UPDATE "Campaign" SET "raisedFen" = "raisedFen" + new_fen,
           "backerCount" = "backerCount" + CASE WHEN EXISTS (
             SELECT 1 FROM "Pledge" p WHERE p."campaignId" = NEW."campaignId" AND p."backerId" = NEW."backerId"
                AND p."status" <> 'CANCELLED' AND p."id" <> NEW."id") THEN 0 ELSE 1 END
     WHERE id = NEW."campaignId";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Pledge_totals" AFTER INSERT OR DELETE OR UPDATE OF "status", "amountFen", "campaignId", "backerId" ON "Pledge"
  FOR EACH ROW EXECUTE FUNCTION zcs_pledge_totals();

UPDATE "Campaign" c SET "raisedFen" = s.raised, "backerCount" = s.backers
  FROM (SELECT "campaignId", sum("amountFen")::bigint AS raised, count(DISTINCT "backerId")::int AS backers
          FROM "Pledge" WHERE "status" <> 'CANCELLED' GROUP BY "campaignId") s
 WHERE s."campaignId" = c.id;
