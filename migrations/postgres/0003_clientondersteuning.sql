-- Requests for free cliëntondersteuning (seed 002 L9544, L11763-11765): who it is for, the preferred
-- organisation, how to reach the resident and what they need to talk. Independent of any melding; the link to a
-- melding can be set later. Moments as RFC 3339 UTC.

CREATE TABLE clientondersteuning_verzoeken (
    id TEXT PRIMARY KEY,
    -- Who asked: the signed-in person (the resident, or someone who helps them).
    persoon_id TEXT NOT NULL REFERENCES personen (id),
    -- Residents quote it.
    referentie TEXT NOT NULL UNIQUE,
    -- The one-time key of the form that sent it: a second submit of the same form finds this row.
    sleutel TEXT NOT NULL UNIQUE,
    -- 'zelf' or 'ander'; for 'ander' the name of the person helped and how they are related.
    voor_wie TEXT NOT NULL,
    ander_naam TEXT,
    ander_relatie TEXT,
    -- The organisation's id in the profile and its name at the time; both NULL: the municipality chooses.
    organisatie_id TEXT,
    organisatie_naam TEXT,
    telefoon TEXT,
    email TEXT,
    -- 'geen', 'tolk' or 'gebarentaal'; the interpreter's language when known.
    toegankelijkheid TEXT NOT NULL,
    tolk_taal TEXT,
    notitie TEXT,
    melding_id TEXT REFERENCES meldingen (id),
    aangemaakt_op TEXT NOT NULL
);
CREATE INDEX clientondersteuning_verzoeken_persoon ON clientondersteuning_verzoeken (persoon_id);
