-- The work queue reads one page at a time. What it shows of a case that depends on the case's steps (spoed,
-- the next deadline, whether a closed case still has an open bezwaar) is kept on the case's row, computed by
-- the portal from the steps (src/backoffice/wachtrij.rs). A row is computed again when its steps moved on
-- (laatste_volgnummer differs from wachtrij_stand; a bezwaar step makes wachtrij_stand negative), and the
-- day after wachtrij_tot for a deadline that grows with the days (a term standing still while a question is
-- open). NULL: not computed yet (a case opened before this migration, or inserted directly): the portal
-- computes it at start and before the queue is shown.
ALTER TABLE zaken ADD COLUMN wachtrij_stand BIGINT;
-- 1: the case is in the queue (not closed, or closed with an open bezwaar).
ALTER TABLE zaken ADD COLUMN wachtrij_in BIGINT NOT NULL DEFAULT 0;
-- The queue's order as one text (spoed first, the nearest spoed moment, the nearest deadline, reference, id).
ALTER TABLE zaken ADD COLUMN wachtrij_volgorde TEXT;
ALTER TABLE zaken ADD COLUMN wachtrij_spoed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE zaken ADD COLUMN wachtrij_spoed_tot TEXT;
ALTER TABLE zaken ADD COLUMN wachtrij_einde TEXT;
ALTER TABLE zaken ADD COLUMN wachtrij_wat TEXT;
ALTER TABLE zaken ADD COLUMN wachtrij_wettelijk BIGINT NOT NULL DEFAULT 0;
ALTER TABLE zaken ADD COLUMN wachtrij_tot TEXT;
-- The name in lower case and the reference without dashes, to search.
ALTER TABLE zaken ADD COLUMN wachtrij_naam TEXT;
ALTER TABLE zaken ADD COLUMN wachtrij_ref TEXT;

CREATE INDEX zaken_wachtrij ON zaken (wachtrij_volgorde) WHERE wachtrij_in = 1;
CREATE INDEX zaken_wachtrij_regeling ON zaken (regeling, wachtrij_volgorde) WHERE wachtrij_in = 1;
CREATE INDEX zaken_wachtrij_fase ON zaken (fase, wachtrij_volgorde) WHERE wachtrij_in = 1;
CREATE INDEX zaken_wachtrij_consulent ON zaken (consulent_id, wachtrij_volgorde) WHERE wachtrij_in = 1;
CREATE INDEX zaken_wachtrij_oud ON zaken (id) WHERE wachtrij_stand IS NULL OR wachtrij_stand <> laatste_volgnummer;
CREATE INDEX zaken_wachtrij_tot ON zaken (wachtrij_tot) WHERE wachtrij_tot IS NOT NULL;
