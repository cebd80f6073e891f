-- CreateTable
CREATE TABLE "CampaignDay" (
    "campaignId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "pledgedFen" BIGINT NOT NULL,

    CONSTRAINT "CampaignDay_pkey" PRIMARY KEY ("campaignId","day")
);


-- The funding chart's series, kept by addition: each pledge statement adds its active pledges'
-- amounts to their campaign's day and takes away those that stop being active (cancelled,
-- deleted), like the campaign totals (migration 20261201213959). Relative updates under the
-- row's lock, so concurrent pledges add up. The day is the Beijing calendar day, the space's
-- default zone (lib/time.ts DEFAULT_TIME_ZONE), which the chart has always used.
-- PostgreSQL names transition tables per event; one trigger each.
CREATE FUNCTION zcs_pledge_days_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CampaignDay" AS cd ("campaignId", "day", "pledgedFen")
  SELECT n."campaignId", (n."createdAt" AT TIME ZONE 'Asia/Shanghai')::date, sum(n."amountFen")::bigint
    FROM new_rows n WHERE n."status" <> 'CANCELLED'
   GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "pledgedFen" = cd."pledgedFen" + EXCLUDED."pledgedFen";
  RETURN NULL;
END;
$$;

CREATE FUNCTION zcs_pledge_days_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CampaignDay" AS cd ("campaignId", "day", "pledgedFen")
  SELECT x.c, x.day, sum(x.fen)::bigint FROM (
    SELECT n."campaignId" AS c, (n."createdAt" AT TIME ZONE 'Asia/Shanghai')::date AS day, n."amountFen"::bigint AS fen
      FROM new_rows n WHERE n."status" <> 'CANCELLED'
    UNION ALL
    SELECT o."campaignId", (o."createdAt" AT TIME ZONE 'Asia/Shanghai')::date, -o."amountFen"::bigint
      FROM old_rows o WHERE o."status" <> 'CANCELLED'
  ) x GROUP BY x.c, x.day HAVING sum(x.fen) <> 0 ORDER BY 1, 2
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "pledgedFen" = cd."pledgedFen" + EXCLUDED."pledgedFen";
  RETURN NULL;
END;
$$;

CREATE FUNCTION zcs_pledge_days_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CampaignDay" cd SET "pledgedFen" = cd."pledgedFen" - t.fen
    FROM (SELECT o."campaignId" AS c, (o."createdAt" AT TIME ZONE 'Asia/Shanghai')::date AS day, sum(o."amountFen")::bigint AS fen
            FROM old_rows o WHERE o."status" <> 'CANCELLED' GROUP BY 1, 2) t
   WHERE cd."campaignId" = t.c AND cd."day" = t.day;
  RETURN NULL;
END;
$$;

CREATE TRIGGER pledge_days_insert AFTER INSERT ON "Pledge" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_days_insert();
CREATE TRIGGER pledge_days_update AFTER UPDATE ON "Pledge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_days_change();
CREATE TRIGGER pledge_days_delete AFTER DELETE ON "Pledge" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_days_delete();

-- Bulk loads that bypass the triggers (the benchmark's large data set) call the recount: it now
-- rebuilds those campaigns' days too.
CREATE OR REPLACE FUNCTION zcs_campaign_recount(campaign_ids text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "CampaignBacker" WHERE "campaignId" = ANY(campaign_ids);
  INSERT INTO "CampaignBacker" ("campaignId", "backerId", "activePledges")
  SELECT p."campaignId", p."backerId", count(*)::int FROM "Pledge" p
   WHERE p."campaignId" = ANY(campaign_ids) AND p."status" <> 'CANCELLED'
   GROUP BY p."campaignId", p."backerId";
  UPDATE "Campaign" c SET "raisedFen" = t.raised, "backerCount" = t.backers
    FROM (SELECT a.id,
                 COALESCE(sum(p."amountFen") FILTER (WHERE p."status" <> 'CANCELLED'), 0)::bigint AS raised,
                 (count(DISTINCT p."backerId") FILTER (WHERE p."status" <> 'CANCELLED'))::int AS backers
            FROM unnest(campaign_ids) AS a(id)
            LEFT JOIN "Pledge" p ON p."campaignId" = a.id
           GROUP BY a.id) t
   WHERE c.id = t.id AND (c."raisedFen", c."backerCount") IS DISTINCT FROM (t.raised, t.backers);
  DELETE FROM "CampaignDay" WHERE "campaignId" = ANY(campaign_ids);
  INSERT INTO "CampaignDay" ("campaignId", "day", "pledgedFen")
  SELECT p."campaignId", (p."createdAt" AT TIME ZONE 'Asia/Shanghai')::date, sum(p."amountFen")::bigint FROM "Pledge" p
   WHERE p."campaignId" = ANY(campaign_ids) AND p."status" <> 'CANCELLED'
   GROUP BY 1, 2;
$$;

-- Start from the rows as they are.
INSERT INTO "CampaignDay" ("campaignId", "day", "pledgedFen")
SELECT p."campaignId", (p."createdAt" AT TIME ZONE 'Asia/Shanghai')::date, sum(p."amountFen")::bigint FROM "Pledge" p
 WHERE p."status" <> 'CANCELLED'
 GROUP BY 1, 2;
