-- Retention (AVG art. 5 lid 1 sub e; Archiefwet 1995 art. 3 and 5).
-- bewaar_rondes: one row per day the retention job ran, claimed by the instance that runs it.
CREATE TABLE bewaar_rondes (
    dag TEXT PRIMARY KEY,
    gestart_op TEXT NOT NULL,
    klaar_op TEXT
);
-- What a run deleted: counts per kind, never names.
CREATE TABLE bewaar_tellingen (
    id TEXT PRIMARY KEY,
    dag TEXT NOT NULL,
    soort TEXT NOT NULL,
    aantal INTEGER NOT NULL
);
CREATE INDEX bewaar_tellingen_dag ON bewaar_tellingen (dag);
-- The mail that a draft will be thrown away was sent: for the draft as it was last changed (gewijzigd_op).
CREATE TABLE bewaar_waarschuwingen (
    soort TEXT NOT NULL,
    concept_id TEXT NOT NULL,
    gewijzigd_op TEXT NOT NULL,
    op TEXT NOT NULL,
    PRIMARY KEY (soort, concept_id)
);
-- A hold: a case under bezwaar, in court or otherwise needed is never deleted while it has one. The reason staff
-- gave, and when.
ALTER TABLE zaken ADD COLUMN bewaarstop TEXT;
ALTER TABLE zaken ADD COLUMN bewaarstop_op TEXT;
-- When a Kindpakket draft was last changed, like the other schemes' drafts; until now: when it was begun.
ALTER TABLE kindpakket_aanvragen ADD COLUMN gewijzigd_op TEXT;
UPDATE kindpakket_aanvragen SET gewijzigd_op = aangemaakt_op;
