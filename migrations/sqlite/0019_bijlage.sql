-- A message may carry one attachment: the calendar file of a planned talk. Its name, its MIME type and its text
-- (a calendar file is text). Existing messages keep none.
ALTER TABLE outbox ADD COLUMN bijlage_naam TEXT;
ALTER TABLE outbox ADD COLUMN bijlage_type TEXT;
ALTER TABLE outbox ADD COLUMN bijlage TEXT;
