-- Acting for someone else (domain.md section 6): who acts for whom, on which ground, with which rights, since
-- when and until when. A machtiging is never deleted: ending it sets beeindigd_op, so the resident keeps seeing
-- who could act for them and what they did.

-- The organisation (profile id) of a cliëntondersteuner's account; NULL for everyone else. A person known only
-- through their representative has no e-mail address of their own: their email column then holds
-- 'geen-email:' and an id, which no sign-in link and no mail can reach.
ALTER TABLE personen ADD COLUMN organisatie TEXT;

-- The person a session acts for; NULL: for oneself. Checked against the machtigingen on every request.
ALTER TABLE sessions ADD COLUMN namens_id TEXT REFERENCES personen (id);

-- Who filed a melding when it was not its owner (a helper acting for them).
ALTER TABLE meldingen ADD COLUMN ingediend_door TEXT REFERENCES personen (id);

-- Which organisation a request for cliëntondersteuning was taken by, and which of its people helps.
ALTER TABLE clientondersteuning_verzoeken ADD COLUMN ondersteuner_id TEXT REFERENCES personen (id);

CREATE TABLE machtigingen (
    id TEXT PRIMARY KEY,
    -- The resident who is helped. NULL until known: an invitation for a helper to file for someone who has
    -- not confirmed yet keeps only their name and address.
    inwoner_id TEXT REFERENCES personen (id),
    -- The helper. NULL while an invitation sent to an address has not been accepted.
    helper_id TEXT REFERENCES personen (id),
    -- gemachtigde, clientondersteuner, curator, mentor, bewindvoerder, voogd, ouder.
    soort TEXT NOT NULL,
    -- uitnodiging (the resident invited the helper), bevestiging (the resident confirmed with a link or a code),
    -- formulier (a signed authorisation, checked by staff), rechter (a court decision or proof of authority,
    -- checked by staff), verzoek (a request for cliëntondersteuning that allowed it).
    grond TEXT NOT NULL,
    -- uitgenodigd, wacht_op_inwoner, te_controleren, actief, afgewezen, beeindigd.
    status TEXT NOT NULL,
    -- The rights (1 or 0): view the dossier; also file and upload; also receive the mail about the case.
    bekijken BIGINT NOT NULL DEFAULT 1,
    indienen BIGINT NOT NULL DEFAULT 0,
    post BIGINT NOT NULL DEFAULT 0,
    -- The last day it holds (Dutch date); NULL: until it is ended.
    geldig_tot TEXT,
    -- The address an invitation or a confirmation request went to, and the name the helper gave.
    email TEXT,
    naam TEXT,
    geboortedatum TEXT,
    -- The hash of the link's token and of the short code, and how often a wrong code was tried.
    token_hash TEXT UNIQUE,
    code_hash TEXT,
    code_pogingen BIGINT NOT NULL DEFAULT 0,
    verloopt_op TEXT,
    -- The melding a helper filed for someone who still has to confirm; it becomes theirs when they do.
    melding_id TEXT REFERENCES meldingen (id),
    aangemaakt_door TEXT NOT NULL REFERENCES personen (id),
    aangemaakt_op TEXT NOT NULL,
    actief_op TEXT,
    gecontroleerd_door TEXT REFERENCES personen (id),
    gecontroleerd_op TEXT,
    afwijs_reden TEXT,
    beeindigd_door TEXT REFERENCES personen (id),
    beeindigd_op TEXT
);
CREATE INDEX machtigingen_helper ON machtigingen (helper_id, status);
CREATE INDEX machtigingen_inwoner ON machtigingen (inwoner_id, status);
CREATE INDEX machtigingen_status ON machtigingen (status, aangemaakt_op);

-- The proof with a machtiging: a signed authorisation or a court decision. Checked by staff, never shown to
-- other helpers.
CREATE TABLE machtiging_bewijzen (
    machtiging_id TEXT PRIMARY KEY REFERENCES machtigingen (id),
    naam TEXT NOT NULL,
    type TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    inhoud BYTEA NOT NULL
);

-- Cliëntondersteuners
-- Whether the resident lets the cliëntondersteuner who takes the request see the dossier of its melding (1 or
-- 0). Only meaningful with melding_id; taking the request then makes a view-only machtiging (grond verzoek).
ALTER TABLE clientondersteuning_verzoeken ADD COLUMN dossier_inzien BIGINT NOT NULL DEFAULT 0;

-- Vertegenwoordiging
-- Every look at a machtiging's proof by staff: who, which machtiging, what (the page or the download), when.
-- Only added to, like the access log of cases (domain.md section 8).
CREATE TABLE machtiging_inzage (
    id TEXT PRIMARY KEY,
    machtiging_id TEXT NOT NULL REFERENCES machtigingen (id),
    persoon_id TEXT NOT NULL REFERENCES personen (id),
    -- bekeken (the page) or gedownload (the proof).
    handeling TEXT NOT NULL,
    op TEXT NOT NULL
);
CREATE INDEX machtiging_inzage_machtiging ON machtiging_inzage (machtiging_id, op);
