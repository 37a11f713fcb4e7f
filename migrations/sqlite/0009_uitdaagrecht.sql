-- The right to challenge (uitdaagrecht): initiatives of residents propose to take over a task of the
-- municipality (seed 000 L1032-1042, an example at L1993-2003). Moments are RFC 3339 UTC text, dates ISO text.

-- A group of residents, a cooperative, a foundation or an association.
CREATE TABLE initiatieven (
    id TEXT PRIMARY KEY,
    naam TEXT NOT NULL,
    -- 'bewonersgroep', 'cooperatie', 'stichting' or 'vereniging'.
    vorm TEXT NOT NULL,
    -- The Chamber of Commerce (KVK) number, 8 digits; a group of residents may have none.
    kvk TEXT,
    contact_naam TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_telefoon TEXT,
    aangemaakt_op TEXT NOT NULL,
    aangemaakt_door TEXT NOT NULL REFERENCES personen (id),
    -- The random key of the sign-up form: a second post of the same form makes no second initiative.
    sleutel TEXT
);

CREATE UNIQUE INDEX initiatieven_sleutel ON initiatieven (aangemaakt_door, sleutel);

-- Who may co-edit the initiative's proposals: everyone who signs in with one of these addresses (lower case).
CREATE TABLE initiatief_leden (
    initiatief_id TEXT NOT NULL REFERENCES initiatieven (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    toegevoegd_op TEXT NOT NULL,
    toegevoegd_door TEXT NOT NULL REFERENCES personen (id),
    PRIMARY KEY (initiatief_id, email)
);

CREATE INDEX initiatief_leden_email ON initiatief_leden (email);

-- A proposal. A draft keeps what was typed as text; the checked values are written when it is sent.
CREATE TABLE uitdaag_voorstellen (
    id TEXT PRIMARY KEY,
    initiatief_id TEXT NOT NULL REFERENCES initiatieven (id) ON DELETE CASCADE,
    -- 'concept', 'ontvangen', 'in_gesprek' or 'besloten'.
    status TEXT NOT NULL DEFAULT 'concept',
    referentie TEXT UNIQUE,
    taak TEXT NOT NULL DEFAULT '',
    wat TEXT NOT NULL DEFAULT '',
    voor_wie TEXT NOT NULL DEFAULT '',
    -- 'beter', 'goedkoper' and/or 'dichterbij', separated by commas.
    waarom_soort TEXT NOT NULL DEFAULT '',
    waarom TEXT NOT NULL DEFAULT '',
    betrokkenen TEXT NOT NULL DEFAULT '',
    draagvlak TEXT NOT NULL DEFAULT '',
    start_dag TEXT NOT NULL DEFAULT '',
    start_maand TEXT NOT NULL DEFAULT '',
    start_jaar TEXT NOT NULL DEFAULT '',
    -- 'ja' or 'nee': whether the initiative shows the proposal on the public page once sent.
    openbaar TEXT NOT NULL DEFAULT '',
    -- Set when sent: the planned start and the total budget asked in cents.
    startdatum TEXT,
    budget_centen BIGINT,
    -- Goes up by one with every save: a member who saves an older form overwrites nobody's work.
    versie BIGINT NOT NULL DEFAULT 0,
    aangemaakt_op TEXT NOT NULL,
    aangemaakt_door TEXT NOT NULL REFERENCES personen (id),
    gewijzigd_op TEXT NOT NULL,
    gewijzigd_door TEXT NOT NULL REFERENCES personen (id),
    ingediend_op TEXT,
    ingediend_door TEXT REFERENCES personen (id),
    -- In conversation: when, and what the municipality wrote about it.
    gesprek_op TEXT,
    gesprek_bericht TEXT,
    -- The decision: 'overgenomen', 'deels' or 'afgewezen', with its reasons; public when openbaar is 'ja'.
    besloten_op TEXT,
    besloten_door TEXT REFERENCES personen (id),
    uitkomst TEXT,
    toelichting TEXT,
    sleutel TEXT
);

CREATE INDEX uitdaag_voorstellen_initiatief ON uitdaag_voorstellen (initiatief_id);
CREATE INDEX uitdaag_voorstellen_status ON uitdaag_voorstellen (status, ingediend_op);
CREATE UNIQUE INDEX uitdaag_voorstellen_sleutel ON uitdaag_voorstellen (initiatief_id, sleutel);

-- The budget, line by line, in the order typed; as typed in the draft, the amount in cents once sent.
CREATE TABLE uitdaag_begroting (
    voorstel_id TEXT NOT NULL REFERENCES uitdaag_voorstellen (id) ON DELETE CASCADE,
    volgorde BIGINT NOT NULL,
    post TEXT NOT NULL,
    bedrag TEXT NOT NULL,
    bedrag_centen BIGINT,
    PRIMARY KEY (voorstel_id, volgorde)
);

-- Attachments: PDF, JPG or PNG, the type found in the first bytes. The bytes sit in the database: the portal
-- runs as several instances without local files.
CREATE TABLE uitdaag_bijlagen (
    id TEXT PRIMARY KEY,
    voorstel_id TEXT NOT NULL REFERENCES uitdaag_voorstellen (id) ON DELETE CASCADE,
    naam TEXT NOT NULL,
    soort TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    inhoud BLOB NOT NULL,
    aangemaakt_op TEXT NOT NULL,
    aangemaakt_door TEXT NOT NULL REFERENCES personen (id)
);

CREATE INDEX uitdaag_bijlagen_voorstel ON uitdaag_bijlagen (voorstel_id);

-- Questions of the municipality, and the initiative's answers.
CREATE TABLE uitdaag_vragen (
    id TEXT PRIMARY KEY,
    voorstel_id TEXT NOT NULL REFERENCES uitdaag_voorstellen (id) ON DELETE CASCADE,
    vraag TEXT NOT NULL,
    gesteld_op TEXT NOT NULL,
    gesteld_door TEXT NOT NULL REFERENCES personen (id),
    antwoord TEXT,
    beantwoord_op TEXT,
    beantwoord_door TEXT REFERENCES personen (id)
);

CREATE INDEX uitdaag_vragen_voorstel ON uitdaag_vragen (voorstel_id, gesteld_op);

-- Support of signed-in residents: one row per person and proposal, so support is counted once.
CREATE TABLE uitdaag_steun (
    voorstel_id TEXT NOT NULL REFERENCES uitdaag_voorstellen (id) ON DELETE CASCADE,
    persoon_id TEXT NOT NULL REFERENCES personen (id) ON DELETE CASCADE,
    op TEXT NOT NULL,
    PRIMARY KEY (voorstel_id, persoon_id)
);

-- Who of the municipality looked at or acted on a proposal. Name copied: the log must outlive an account.
CREATE TABLE uitdaag_toegang (
    id TEXT PRIMARY KEY,
    voorstel_id TEXT NOT NULL REFERENCES uitdaag_voorstellen (id) ON DELETE CASCADE,
    persoon_id TEXT NOT NULL,
    naam TEXT NOT NULL,
    -- 'bekeken', 'gedownload', 'gesprek', 'vraag' or 'besloten'.
    handeling TEXT NOT NULL,
    op TEXT NOT NULL
);

CREATE INDEX uitdaag_toegang_voorstel ON uitdaag_toegang (voorstel_id, op);
