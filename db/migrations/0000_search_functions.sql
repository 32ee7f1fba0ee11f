-- Custom SQL migration: generated columns need immutable expressions, and array_to_string is only stable.
-- Tags are plain text, so joining them is immutable in practice; campaigns.search depends on this.
CREATE OR REPLACE FUNCTION cm_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$;
