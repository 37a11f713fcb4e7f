-- The persoonlijk plan: the resident's own plan for a melding (Wmo 2015 art. 2.3.2 lid 2). One current plan per
-- melding: a new version replaces the previous one until the first gesprek. Written with three guided questions
-- (soort 'geschreven') or uploaded as a file (soort 'bestand'). Moments are RFC 3339 UTC text.

CREATE TABLE persoonlijke_plannen (
    id TEXT PRIMARY KEY,
    melding_id TEXT NOT NULL UNIQUE REFERENCES meldingen (id) ON DELETE CASCADE,
    soort TEXT NOT NULL,
    -- 'concept' while the resident writes; 'ingeleverd' once handed in.
    status TEXT NOT NULL DEFAULT 'concept',
    doelen TEXT,
    zelf_en_netwerk TEXT,
    ondersteuning TEXT,
    -- Of an uploaded file: the name as the resident gave it (cleaned for display), its size in bytes, the type
    -- found in its first bytes, and its SHA-256 as hex. The bytes sit in persoonlijk_plan_bestanden.
    bestand_naam TEXT,
    bestand_grootte BIGINT,
    bestand_type TEXT,
    bestand_sha256 TEXT,
    ingeleverd_op TEXT,
    gewijzigd_op TEXT NOT NULL
);

-- The bytes of an uploaded plan, in the database: the portal runs as several instances without local files.
-- A table of its own, so that reading a plan's details never loads the file.
CREATE TABLE persoonlijk_plan_bestanden (
    plan_id TEXT PRIMARY KEY REFERENCES persoonlijke_plannen (id) ON DELETE CASCADE,
    inhoud BLOB NOT NULL
);
