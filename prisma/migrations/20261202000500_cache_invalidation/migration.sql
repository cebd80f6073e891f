-- Cached public pages learn of every write through PostgreSQL: each row change that a public page
-- shows announces the page tags it touches on the channel `zcs_cache` (delivered at commit, to
-- every app instance listening; see lib/cache/isr-cache-handler.cjs). In the database rather
-- than in services, so a write from any path (a server action, the JSON API, a settlement job,
-- a seed) reaches every instance's cache.
--
-- Trigger arguments are pairs (tag prefix, column): ('campaign', 'campaignId') announces
-- `campaign:<the row's campaignId>`; an empty column announces the prefix alone, a list tag.
CREATE OR REPLACE FUNCTION zcs_cache_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows jsonb[] := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)] ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
  r jsonb;
  tags text[] := ARRAY[]::text[];
  i int;
BEGIN
  FOREACH r IN ARRAY rows LOOP
    i := 0;
    WHILE i + 1 < TG_NARGS LOOP
      IF TG_ARGV[i + 1] = '' THEN
        tags := tags || TG_ARGV[i];
      ELSIF r ->> TG_ARGV[i + 1] IS NOT NULL THEN
        tags := tags || (TG_ARGV[i] || ':' || (r ->> TG_ARGV[i + 1]));
      END IF;
      i := i + 2;
    END LOOP;
  END LOOP;
  -- Identical payloads in one transaction are delivered once.
  PERFORM pg_notify('zcs_cache', array_to_string(ARRAY(SELECT DISTINCT unnest(tags) ORDER BY 1), ','));
  RETURN NULL;
END $$;

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Campaign"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('campaigns', '', 'campaign', 'id', 'project', 'projectId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "RewardTier"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('campaign', 'campaignId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Pledge"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('campaign', 'campaignId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "CampaignUpdate"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('campaign', 'campaignId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "CampaignComment"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('campaign', 'campaignId');

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('projects', '', 'project', 'id');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ProjectMember"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('project', 'projectId', 'member', 'userId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ProjectFollow"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('project', 'projectId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Milestone"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('project', 'projectId');

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('events', '', 'event', 'id');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "EventRegistration"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('event', 'eventId');

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('tasks', '', 'task', 'id', 'project', 'projectId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "TaskAssignment"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('task', 'taskId');

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('leaderboard', '', 'member', 'userId');

-- Members: a new or removed account changes the member count; a new name or profile changes
-- every page that shows it. Sign-ins and other bookkeeping updates announce nothing.
CREATE TRIGGER cache_announce_members AFTER INSERT OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('members', '', 'member', 'id');
CREATE TRIGGER cache_announce_profiles AFTER UPDATE OF "name", "bio", "skills", "organization", "hideFromLeaderboards" ON "User"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('member', 'id', 'leaderboard', '');
