-- What a person did with their own data on the page Mijn gegevens (AVG art. 15 and 16): each download of the
-- archive of everything the portal holds about them, with its size in bytes, and each request to correct
-- something, with the case it is about (NULL: their account or something outside a case, sent to the
-- municipality by mail). Only added to; the person reads their own entries on that page.
CREATE TABLE gegevens_log (
    id TEXT PRIMARY KEY,
    persoon_id TEXT NOT NULL REFERENCES personen (id),
    -- 'download' or 'correctie'.
    soort TEXT NOT NULL,
    zaak_id TEXT,
    grootte BIGINT,
    op TEXT NOT NULL
);
CREATE INDEX gegevens_log_persoon ON gegevens_log (persoon_id, op);
