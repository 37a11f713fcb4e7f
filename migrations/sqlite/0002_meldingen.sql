-- Meldingen: a report of a need for support, kept as a draft (status 'concept') after every step of the
-- journey and submitted once (status 'ingediend'). One row per melding: submitting twice changes nothing.
-- Multiple choices are stored as codes separated by commas; dates as YYYY-MM-DD, moments as RFC 3339 UTC.

CREATE TABLE meldingen (
    id TEXT PRIMARY KEY,
    -- Who filed it: the signed-in person (the resident, or someone who helps them).
    persoon_id TEXT NOT NULL REFERENCES personen (id),
    status TEXT NOT NULL DEFAULT 'concept',
    -- Set when submitted; residents quote it.
    referentie TEXT UNIQUE,
    -- The short code to continue a draft later: on another device, or by phone with the municipality. It
    -- opens the draft only for the person who filed it (or for staff), so it is no secret on its own.
    hervatcode TEXT NOT NULL UNIQUE,
    -- The furthest step reached, to continue where the resident left off.
    stap TEXT NOT NULL,
    voor_wie TEXT,
    ander_naam TEXT,
    ander_relatie TEXT,
    ander_toestemming BIGINT NOT NULL DEFAULT 0,
    spoed_gevaar TEXT,
    spoed_zorg TEXT,
    hulpvraag TEXT,
    levensgebieden TEXT,
    huishouden TEXT,
    huisgenoten TEXT,
    gesprek_erbij TEXT,
    gesprek_erbij_naam TEXT,
    clientondersteuning TEXT,
    contact_manier TEXT,
    telefoon TEXT,
    contact_email TEXT,
    contact_tijden TEXT,
    tolk TEXT,
    tolk_taal TEXT,
    -- Consent for processing the data of this request: when, and which version of the text was shown.
    toestemming_op TEXT,
    toestemming_versie TEXT,
    aangemaakt_op TEXT NOT NULL,
    gewijzigd_op TEXT NOT NULL,
    ingediend_op TEXT,
    -- The day the municipality received it (Dutch date), and the day of the first gesprek: the profile
    -- decides which of the two starts the terms (domain.md section 3, notes).
    ontvangen_op TEXT,
    eerste_gesprek_op TEXT
);
CREATE INDEX meldingen_persoon ON meldingen (persoon_id, status);
