-- Signing in through an OpenID provider: DigiD, eHerkenning, and the municipality's own provider for staff.

-- The BSN of a person who signed in with DigiD: stored once, for that person only. Two accounts never share one.
ALTER TABLE personen ADD COLUMN bsn TEXT;
CREATE UNIQUE INDEX personen_bsn ON personen (bsn);

-- Who a provider's subject is here, for providers without a number of their own to link by (eHerkenning).
CREATE TABLE koppelingen (
    aanbieder TEXT NOT NULL,
    sub TEXT NOT NULL,
    persoon_id TEXT NOT NULL REFERENCES personen (id) ON DELETE CASCADE,
    aangemaakt_op TEXT NOT NULL,
    PRIMARY KEY (aanbieder, sub)
);

-- A sign-in link asked for by someone signed in with DigiD who has no address yet: only that person's use of
-- the link confirms the address for their account.
ALTER TABLE sign_in_links ADD COLUMN voor_persoon_id TEXT REFERENCES personen (id) ON DELETE CASCADE;

-- How a session was started ('email', 'digid', 'eherkenning' or 'medewerker'); for a provider's session the
-- moment it ends without a request; for eHerkenning the KVK number of the organisation it acts for.
ALTER TABLE sessions ADD COLUMN middel TEXT NOT NULL DEFAULT 'email';
ALTER TABLE sessions ADD COLUMN rust_tot TEXT;
ALTER TABLE sessions ADD COLUMN kvk TEXT;

-- A sign-in on its way to a provider and back, keyed by the `state` it carries. It holds what the callback
-- checks: the browser that started it (the hash of a random cookie), the nonce and the PKCE verifier. It is
-- used once. `persoon_id` is who was signed in when it started: DigiD then links to that account.
CREATE TABLE inlogpogingen (
    state TEXT PRIMARY KEY,
    browser_hash TEXT NOT NULL,
    aanbieder TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    terug TEXT,
    persoon_id TEXT REFERENCES personen (id) ON DELETE CASCADE,
    aangemaakt_op TEXT NOT NULL
);
CREATE INDEX inlogpogingen_tijd ON inlogpogingen (aangemaakt_op);

-- A form posted after its session ended: its fields kept a short while, for the same person, keyed by the
-- hash of a random cookie (never in an address), until that person signs in again.
CREATE TABLE bewaarde_formulieren (
    sleutel_hash TEXT PRIMARY KEY,
    persoon_id TEXT NOT NULL REFERENCES personen (id) ON DELETE CASCADE,
    pad TEXT NOT NULL,
    velden TEXT NOT NULL,
    bewaard_tot TEXT NOT NULL
);
CREATE INDEX bewaarde_formulieren_tijd ON bewaarde_formulieren (bewaard_tot);
