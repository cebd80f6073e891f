-- Campaign totals per statement instead of per row. A row trigger in a multi-row INSERT sees
-- every row of the statement, so "does this backer have another pledge here?" was true for all
-- of a backer's new pledges at once and nobody was counted. These triggers recompute the
-- totals of the campaigns a statement touched, from the pledge rows, once per statement.
-- Pledge writers hold the campaign row (SELECT ... FOR NO KEY UPDATE), so the recount sees
-- every committed pledge of that campaign.
DROP TRIGGER "Pledge_totals" ON "Pledge";
DROP FUNCTION zcs_pledge_totals();

CREATE FUNCTION zcs_campaign_recount(campaign_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Campaign" c SET "raisedFen" = t.raised, "backerCount" = t.backers
    FROM (SELECT a.id,
                 COALESCE(sum(p."amountFen") FILTER (WHERE p."status" <> 'CANCELLED'), 0)::bigint AS raised,
                 (count(DISTINCT p."backerId") FILTER (WHERE p."status" <> 'CANCELLED'))::int AS backers
            FROM unnest(campaign_ids) AS a(id)
            LEFT JOIN "Pledge" p ON p."campaignId" = a.id
           GROUP BY a.id) t
   WHERE c.id = t.id AND (c."raisedFen", c."backerCount") IS DISTINCT FROM (t.raised, t.backers);
$$;

CREATE FUNCTION zcs_pledge_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM zcs_campaign_recount(ARRAY(SELECT DISTINCT "campaignId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM zcs_campaign_recount(ARRAY(SELECT DISTINCT "campaignId" FROM old_rows));
  ELSE
    -- Only changes that move a total: AUTHORIZED -> CAPTURED / VOIDED (settlement) does not.
    PERFORM zcs_campaign_recount(ARRAY(
      SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o.id = n.id,
             LATERAL (VALUES (n."campaignId"), (o."campaignId")) v(x)
       WHERE (n."status" = 'CANCELLED') <> (o."status" = 'CANCELLED') OR n."amountFen" <> o."amountFen"
          OR n."campaignId" <> o."campaignId" OR n."backerId" <> o."backerId"));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Pledge_totals_insert" AFTER INSERT ON "Pledge" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_totals();
CREATE TRIGGER "Pledge_totals_update" AFTER UPDATE ON "Pledge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_totals();
CREATE TRIGGER "Pledge_totals_delete" AFTER DELETE ON "Pledge" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zcs_pledge_totals();

-- Totals written by the row trigger may be short of backers: count everything again.
SELECT zcs_campaign_recount(ARRAY(SELECT id FROM "Campaign"));
