-- What happened to a request for cliëntondersteuning after it was sent, one row per step, only ever added:
-- 'gekozen' (staff chose the organisation, or a named cliëntondersteuner, for a resident who let the municipality
-- choose) and 'opgepakt' (a cliëntondersteuner took the request). Numbered per request, so that two people
-- recording at the same moment cannot both add the same step. Requests sent before this migration have none.
CREATE TABLE clientondersteuning_stappen (
    verzoek_id TEXT NOT NULL REFERENCES clientondersteuning_verzoeken (id),
    volgnummer BIGINT NOT NULL,
    -- 'gekozen' or 'opgepakt'.
    soort TEXT NOT NULL,
    -- The organisation's id in the profile, and its name at the time.
    organisatie_id TEXT NOT NULL,
    organisatie_naam TEXT NOT NULL,
    -- The cliëntondersteuner who helps, when one was named or took it.
    ondersteuner_id TEXT REFERENCES personen (id),
    -- Who recorded the step: the member of staff, or the cliëntondersteuner.
    door_persoon_id TEXT NOT NULL REFERENCES personen (id),
    op TEXT NOT NULL,
    PRIMARY KEY (verzoek_id, volgnummer)
);
-- A cliëntondersteuner's own requests, on their dashboard.
CREATE INDEX clientondersteuning_verzoeken_ondersteuner ON clientondersteuning_verzoeken (ondersteuner_id);
