-- Gallery pictures are shown on the cached campaign and project pages: a change announces the
-- subject's page tag (`campaign:<id>` or `project:<id>`) like the rows of
-- 20261202000500_cache_invalidation. The subject is named by kind + id, hence a function of its own.
CREATE OR REPLACE FUNCTION zcs_cache_announce_gallery() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "GalleryImage" := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM pg_notify('zcs_cache', lower(r."kind"::text) || ':' || r."subjectId");
  IF TG_OP = 'UPDATE' AND (OLD."kind", OLD."subjectId") IS DISTINCT FROM (NEW."kind", NEW."subjectId") THEN
    PERFORM pg_notify('zcs_cache', lower(OLD."kind"::text) || ':' || OLD."subjectId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "GalleryImage"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce_gallery();
