-- Mail that cannot wait goes first, and mail that gives up says why.
--
-- priority: 0 for a message with a link that works for a short time (a sign-in link, a co-owner's or a
-- representative's confirmation), sent before every other message; 1 for everything else.
-- expires_at: when that link stops working; a message still unsent then is not sent at all.
-- failure: why a message ended unsent (failed_at is set): 'rejected' (the mail server refused it for good, a
-- 5xx reply), 'expired' (its link stopped working first) or 'gave_up' (temporary failures for about four days).
-- refusals: how often the mail server refused this message for good (a 5xx reply to its recipient or content).
-- waits_on_recipient: 1 when the last attempt was refused for a passing reason that concerns this message only
-- (a 4xx reply to its recipient or content: greylisting, a full mailbox); the mail server itself works.
-- claimed_by: a token of the pass that claimed the message, so that only that pass marks or releases it.
ALTER TABLE outbox ADD COLUMN priority BIGINT NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD COLUMN expires_at TEXT;
ALTER TABLE outbox ADD COLUMN failure TEXT;
ALTER TABLE outbox ADD COLUMN refusals BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN waits_on_recipient BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;

-- Messages that gave up before this version: too many attempts.
UPDATE outbox SET failure = 'gave_up' WHERE failed_at IS NOT NULL;

-- The queue: only unsent messages, in the order they go out.
DROP INDEX outbox_due;
CREATE INDEX outbox_queue ON outbox (priority, next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
-- The messages that ended unsent, newest first, for staff.
CREATE INDEX outbox_failed ON outbox (failed_at) WHERE failed_at IS NOT NULL;
