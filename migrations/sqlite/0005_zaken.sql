-- The case (zaak) behind a submitted melding: everything that happens after submitting is a new event in
-- zaak_gebeurtenissen, never a change to an earlier one. The zaken table only summarises the events for the work
-- queue (phase and assigned consulent) and is rewritten with every event, in the same transaction.

-- The name staff and helpers are shown by, to residents and to each other. Residents have none.
ALTER TABLE personen ADD COLUMN naam TEXT;

CREATE TABLE zaak_gebeurtenissen (
    id TEXT PRIMARY KEY,
    melding_id TEXT NOT NULL REFERENCES meldingen (id),
    -- 1, 2, 3, ... per case: two people who record a step at the same moment cannot both be number n.
    volgnummer BIGINT NOT NULL,
    soort TEXT NOT NULL,
    -- The event's own details as JSON (see src/zaken/domain.rs, Gebeurtenis).
    gegevens TEXT NOT NULL,
    door_persoon_id TEXT NOT NULL REFERENCES personen (id),
    door_rol TEXT NOT NULL,
    op TEXT NOT NULL,
    UNIQUE (melding_id, volgnummer)
);

CREATE TABLE zaken (
    melding_id TEXT PRIMARY KEY REFERENCES meldingen (id),
    fase TEXT NOT NULL,
    consulent_id TEXT REFERENCES personen (id),
    laatste_volgnummer BIGINT NOT NULL,
    bijgewerkt_op TEXT NOT NULL
);
CREATE INDEX zaken_fase ON zaken (fase);

-- Documents of a case: the verslag or besluit as PDF, and what the resident or staff add. The bytes sit in their
-- own table, so that listing documents never loads a file.
CREATE TABLE zaak_documenten (
    id TEXT PRIMARY KEY,
    melding_id TEXT NOT NULL REFERENCES meldingen (id),
    soort TEXT NOT NULL,
    naam TEXT NOT NULL,
    type TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    door_persoon_id TEXT NOT NULL REFERENCES personen (id),
    op TEXT NOT NULL
);
CREATE INDEX zaak_documenten_melding ON zaak_documenten (melding_id, op);

CREATE TABLE zaak_document_bestanden (
    document_id TEXT PRIMARY KEY REFERENCES zaak_documenten (id),
    inhoud BLOB NOT NULL
);

-- Every view and change of a case by staff or helpers (NEN 7513 style): who, which case, what, when, and why
-- when they were not assigned to it. Residents read the entries of their own cases.
CREATE TABLE toegangslog (
    id TEXT PRIMARY KEY,
    melding_id TEXT NOT NULL REFERENCES meldingen (id),
    persoon_id TEXT NOT NULL REFERENCES personen (id),
    rol TEXT NOT NULL,
    handeling TEXT NOT NULL,
    omschrijving TEXT NOT NULL,
    reden TEXT,
    op TEXT NOT NULL
);
CREATE INDEX toegangslog_melding ON toegangslog (melding_id, op);
CREATE INDEX toegangslog_persoon ON toegangslog (persoon_id, melding_id, op);
