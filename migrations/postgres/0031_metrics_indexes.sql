-- For /metrics, read at every scrape: the proofs of a machtiging that wait for their virus scan (documents have
-- such an index since 0017), and the age of the oldest message that waits for the portal's own mail server.
CREATE INDEX machtiging_bewijzen_wacht ON machtiging_bewijzen (machtiging_id) WHERE controle = 'wacht';
CREATE INDEX outbox_wacht_sinds ON outbox (created_at) WHERE sent_at IS NULL AND failed_at IS NULL AND waits_on_recipient = 0;
