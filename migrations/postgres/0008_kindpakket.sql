-- The Kindpakket: one application per household for all its children (seed 002 L1023-1053, L3866-3906).
-- A draft keeps what the resident typed as text, so that nothing is lost between the "add a child" clicks;
-- the checked values are written when it is sent. Moments are RFC 3339 UTC text, dates ISO text.

CREATE TABLE kindpakket_aanvragen (
    id TEXT PRIMARY KEY,
    -- The resident the application is for; who typed it may be a helper (ingediend_door).
    persoon_id TEXT NOT NULL REFERENCES personen (id) ON DELETE CASCADE,
    -- 'concept', 'ingediend' or 'besloten'.
    status TEXT NOT NULL DEFAULT 'concept',
    referentie TEXT UNIQUE,
    -- 'alleen' (single or single parent) or 'samen' (couple); aow 'ja' or 'nee'; as typed in the draft.
    samenstelling TEXT NOT NULL DEFAULT '',
    aow TEXT NOT NULL DEFAULT '',
    inkomen TEXT NOT NULL DEFAULT '',
    schrijnend TEXT NOT NULL DEFAULT '',
    -- Set when sent: the net monthly household income in cents, and the rule's outcome on that day as advice
    -- for staff ('ja', 'schrijnend' or 'nee').
    inkomen_centen BIGINT,
    advies TEXT,
    aangemaakt_op TEXT NOT NULL,
    aangemaakt_door TEXT NOT NULL REFERENCES personen (id),
    ingediend_op TEXT,
    ingediend_door TEXT REFERENCES personen (id),
    besloten_op TEXT,
    besloten_door TEXT REFERENCES personen (id),
    -- The random key of the start form that made this draft: a second post of the same form (a double click)
    -- finds this draft instead of making another. Empty for drafts made without a form (the demo data).
    sleutel TEXT,
    -- Goes up by one with every child added: a second post of the same draft form adds no second child.
    versie BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX kindpakket_aanvragen_persoon ON kindpakket_aanvragen (persoon_id);
CREATE UNIQUE INDEX kindpakket_aanvragen_sleutel ON kindpakket_aanvragen (persoon_id, sleutel);
CREATE INDEX kindpakket_aanvragen_status ON kindpakket_aanvragen (status, ingediend_op);

-- The children of an application, in the order the resident entered them. The parts are the profile's part
-- ids, separated by commas.
CREATE TABLE kindpakket_kinderen (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES kindpakket_aanvragen (id) ON DELETE CASCADE,
    volgorde BIGINT NOT NULL,
    voornaam TEXT NOT NULL DEFAULT '',
    dag TEXT NOT NULL DEFAULT '',
    maand TEXT NOT NULL DEFAULT '',
    jaar TEXT NOT NULL DEFAULT '',
    onderdelen TEXT NOT NULL DEFAULT '',
    -- Set when sent.
    geboortedatum TEXT
);

CREATE INDEX kindpakket_kinderen_aanvraag ON kindpakket_kinderen (aanvraag_id, volgorde);

-- The decision per child and per part asked: granted (1) or refused (0), with the reason for a refusal.
CREATE TABLE kindpakket_besluiten (
    kind_id TEXT NOT NULL REFERENCES kindpakket_kinderen (id) ON DELETE CASCADE,
    onderdeel TEXT NOT NULL,
    toegekend BIGINT NOT NULL,
    reden TEXT,
    PRIMARY KEY (kind_id, onderdeel)
);

-- Income proof: PDF, JPG or PNG, the type found in the first bytes. The bytes sit in the database: the portal
-- runs as several instances without local files.
CREATE TABLE kindpakket_bestanden (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES kindpakket_aanvragen (id) ON DELETE CASCADE,
    naam TEXT NOT NULL,
    soort TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    inhoud BYTEA NOT NULL,
    aangemaakt_op TEXT NOT NULL
);

CREATE INDEX kindpakket_bestanden_aanvraag ON kindpakket_bestanden (aanvraag_id);

-- Who looked at or changed an application other than the resident: staff and helpers (NEN 7513 style). The
-- resident reads it on the case page. Name and role are copied: the log must outlive an account.
CREATE TABLE kindpakket_toegang (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES kindpakket_aanvragen (id) ON DELETE CASCADE,
    persoon_id TEXT NOT NULL,
    naam TEXT NOT NULL,
    -- 'medewerker' or 'helper'.
    rol TEXT NOT NULL,
    -- 'bekeken', 'gedownload', 'gewijzigd', 'ingediend' or 'besloten'.
    handeling TEXT NOT NULL,
    op TEXT NOT NULL
);

CREATE INDEX kindpakket_toegang_aanvraag ON kindpakket_toegang (aanvraag_id, op);
