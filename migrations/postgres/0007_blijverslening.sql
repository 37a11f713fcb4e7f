-- The blijverslening (Verordening Sociaal Domein Lansingerland 2018, art. 4:15a-4:15e): a resident's
-- application, its owners, its uploads and who looked at it. Amounts are cents, dates ISO text, moments
-- RFC 3339 UTC text.

CREATE TABLE blijverslening_aanvragen (
    id TEXT PRIMARY KEY,
    -- The resident whose application it is.
    inwoner_id TEXT NOT NULL REFERENCES personen (id),
    -- The one-time key of the form that made it: a second submit of that form finds this row.
    sleutel TEXT NOT NULL,
    -- 'concept', 'wacht_op_eigenaren', 'ingediend', 'gestopt' (a co-owner said no), 'besloten'.
    status TEXT NOT NULL DEFAULT 'concept',
    referentie TEXT UNIQUE,
    naam TEXT NOT NULL,
    geboortedatum TEXT NOT NULL,
    -- 'zorg-nu', 'zorg-later' or 'levensloop'.
    reden TEXT NOT NULL,
    maatregelen TEXT NOT NULL,
    materiaal BIGINT NOT NULL,
    arbeid BIGINT NOT NULL,
    uren BIGINT NOT NULL,
    leenkosten BIGINT NOT NULL,
    subsidies BIGINT NOT NULL,
    -- 'consumptief' or 'hypothecair'; looptijd in years (10 or 20).
    soort TEXT NOT NULL,
    looptijd BIGINT NOT NULL,
    bedrag BIGINT NOT NULL,
    geplande_datum TEXT NOT NULL,
    aangemaakt_door TEXT NOT NULL,
    aangemaakt_op TEXT NOT NULL,
    gewijzigd_op TEXT NOT NULL,
    ingediend_op TEXT,
    -- The day the last co-owner said yes: from then staff decide.
    compleet_op TEXT,
    -- The decision: 'toegekend' or 'geweigerd', the amount given, the ground of art. 4:15e lid 1 (a-f).
    besluit TEXT,
    besluit_bedrag BIGINT,
    besluit_grond TEXT,
    besluit_reden TEXT,
    besluit_datum TEXT,
    besluit_door TEXT,
    UNIQUE (inwoner_id, sleutel)
);

-- The other owners, who apply together with the resident and each confirm by a link in a mail.
CREATE TABLE blijverslening_eigenaren (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES blijverslening_aanvragen (id) ON DELETE CASCADE,
    volgorde BIGINT NOT NULL,
    naam TEXT NOT NULL,
    geboortedatum TEXT NOT NULL,
    email TEXT NOT NULL,
    -- SHA-256 of the secret in the link; set when the application is sent.
    token_hash TEXT UNIQUE,
    -- Until when the link works: 14 days after it was sent; the applicant can send a new one.
    verloopt_op TEXT,
    -- NULL until answered; 'ja' or 'nee'.
    antwoord TEXT,
    beantwoord_op TEXT
);

-- Proof of ownership and residence, and quotes. The bytes in the database, as for the persoonlijk plan.
CREATE TABLE blijverslening_stukken (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES blijverslening_aanvragen (id) ON DELETE CASCADE,
    -- 'eigendom', 'bewoning' or 'offerte'.
    soort TEXT NOT NULL,
    naam TEXT NOT NULL,
    mime TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    inhoud BYTEA NOT NULL,
    geupload_door TEXT NOT NULL,
    geupload_op TEXT NOT NULL
);

-- Every look, download and change by staff or by a helper, which the resident sees on the case page.
CREATE TABLE blijverslening_toegang (
    id TEXT PRIMARY KEY,
    aanvraag_id TEXT NOT NULL REFERENCES blijverslening_aanvragen (id) ON DELETE CASCADE,
    wie_id TEXT NOT NULL,
    wie_naam TEXT NOT NULL,
    -- 'medewerker' or 'helper'.
    rol TEXT NOT NULL,
    -- 'bekeken', 'gedownload', 'gewijzigd', 'besloten'.
    handeling TEXT NOT NULL,
    op TEXT NOT NULL
);

-- One row per calendar year, written at the start of every decision: decisions of the same year wait for each
-- other, so that two at once cannot both spend the last of the budget (art. 4:15c lid 2).
CREATE TABLE blijverslening_budgetjaren (
    jaar BIGINT PRIMARY KEY,
    laatst TEXT NOT NULL
);

CREATE INDEX blijverslening_aanvragen_inwoner ON blijverslening_aanvragen (inwoner_id);
CREATE INDEX blijverslening_eigenaren_aanvraag ON blijverslening_eigenaren (aanvraag_id);
CREATE INDEX blijverslening_stukken_aanvraag ON blijverslening_stukken (aanvraag_id);
CREATE INDEX blijverslening_toegang_aanvraag ON blijverslening_toegang (aanvraag_id);
