-- The virus check of each document. controle: 'vrij' (checked clean, or stored where no scanner is set up;
-- every document of before this column), 'wacht' (stored while clamd could not be reached: no one opens it
-- until a later scan finds it clean), 'besmet' (a later scan found a virus: its bytes are deleted, the row stays
-- so that the resident and staff see which file is gone and why).
ALTER TABLE documenten ADD COLUMN controle TEXT NOT NULL DEFAULT 'vrij';
CREATE INDEX documenten_wacht ON documenten (op) WHERE controle = 'wacht';
-- What a person uploaded in the last day, for the daily quota per account.
CREATE INDEX documenten_door ON documenten (door_persoon_id, op);

-- The same for the proof of a machtiging (a signed form, a court's decision), which staff open; an infected
-- proof keeps its row with its bytes emptied.
ALTER TABLE machtiging_bewijzen ADD COLUMN controle TEXT NOT NULL DEFAULT 'vrij';

-- Uploads that came in while clamd could not be reached, by the SHA-256 of their bytes: a document stored with
-- these bytes waits for its scan. Written before the write transaction that stores the document; rows older
-- than a day are deleted by housekeeping.
CREATE TABLE ongescande_uploads (
    sha256 TEXT PRIMARY KEY,
    op TEXT NOT NULL
);

-- Every virus clamd found, for the beheerder: when, in which case (NULL outside a case), the file's name as
-- shown, the signature, and what the portal did (bron: 'upload' when it was refused as it came in, 'later' when
-- a later scan emptied a stored file). Deleted after 90 days by housekeeping.
CREATE TABLE virusvondsten (
    id TEXT PRIMARY KEY,
    op TEXT NOT NULL,
    zaak_id TEXT,
    naam TEXT NOT NULL,
    virus TEXT NOT NULL,
    bron TEXT NOT NULL
);
CREATE INDEX virusvondsten_op ON virusvondsten (op);
