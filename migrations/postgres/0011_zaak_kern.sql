-- One case for every scheme. A case is born when something is submitted: a melding, a blijverslening or
-- Kindpakket application, a right-to-challenge proposal. It keeps the id of what was submitted, so every
-- scheme table and every link stays as it was.
--
-- regeling: 'wmo-melding', 'blijverslening', 'kindpakket' or 'uitdaagrecht'.
-- eigenaar_id: the resident whose case it is; initiatief_id: the initiative, for a proposal (then no resident).
-- naam: the name given on the request, to find the case by (the person helped, the applicant, the initiative).
-- fase: where the case stands (src/zaken/domain.rs, Fase); consulent_id: the member of staff who has it.
-- laatste_volgnummer: the number of the case's last event (zaak_gebeurtenissen).
-- termijn_vanaf: the moment the term for a decision started, where the scheme has one counted from a moment
-- (a complete blijverslening application, a Kindpakket application); a Wmo case counts from its events.
CREATE TABLE zaken_kern (
    id TEXT PRIMARY KEY,
    regeling TEXT NOT NULL,
    eigenaar_id TEXT REFERENCES personen (id),
    initiatief_id TEXT REFERENCES initiatieven (id),
    referentie TEXT NOT NULL UNIQUE,
    naam TEXT,
    fase TEXT NOT NULL,
    consulent_id TEXT REFERENCES personen (id),
    laatste_volgnummer BIGINT NOT NULL DEFAULT 0,
    ingediend_op TEXT NOT NULL,
    termijn_vanaf TEXT,
    bijgewerkt_op TEXT NOT NULL
);

-- Every submitted melding, with its case summary when it had one.
INSERT INTO zaken_kern (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id,
                        laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op)
SELECT m.id, 'wmo-melding', m.persoon_id, NULL, m.referentie,
       COALESCE(CASE WHEN m.voor_wie = 'ander' THEN m.ander_naam END, (SELECT v.naam FROM machtigingen v WHERE v.melding_id = m.id AND v.naam IS NOT NULL
                               ORDER BY v.aangemaakt_op LIMIT 1), p.naam),
       COALESCE(z.fase, 'ontvangen'), z.consulent_id, COALESCE(z.laatste_volgnummer, 0), m.ingediend_op, NULL,
       COALESCE(z.bijgewerkt_op, m.ingediend_op)
FROM meldingen m
JOIN personen p ON p.id = m.persoon_id
LEFT JOIN zaken z ON z.melding_id = m.id
WHERE m.status = 'ingediend' AND m.referentie IS NOT NULL;

-- Every sent blijverslening application: waiting for co-owners is received; complete is an aanvraag;
-- stopped by a co-owner is closed.
INSERT INTO zaken_kern (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id,
                        laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op)
SELECT a.id, 'blijverslening', a.inwoner_id, NULL, a.referentie, a.naam,
       CASE a.status WHEN 'wacht_op_eigenaren' THEN 'ontvangen' WHEN 'ingediend' THEN 'aanvraag_ontvangen'
                     WHEN 'gestopt' THEN 'gesloten' ELSE 'besloten' END,
       NULL, 0, a.ingediend_op, a.compleet_op, COALESCE(a.compleet_op, a.ingediend_op)
FROM blijverslening_aanvragen a
WHERE a.status <> 'concept' AND a.referentie IS NOT NULL AND a.ingediend_op IS NOT NULL;

-- Every sent Kindpakket application.
INSERT INTO zaken_kern (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id,
                        laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op)
SELECT a.id, 'kindpakket', a.persoon_id, NULL, a.referentie, p.naam,
       CASE a.status WHEN 'besloten' THEN 'besloten' ELSE 'aanvraag_ontvangen' END,
       NULL, 0, a.ingediend_op, a.ingediend_op, COALESCE(a.besloten_op, a.ingediend_op)
FROM kindpakket_aanvragen a
JOIN personen p ON p.id = a.persoon_id
WHERE a.status <> 'concept' AND a.referentie IS NOT NULL AND a.ingediend_op IS NOT NULL;

-- Every sent right-to-challenge proposal: in conversation counts as a planned gesprek.
INSERT INTO zaken_kern (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id,
                        laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op)
SELECT v.id, 'uitdaagrecht', NULL, v.initiatief_id, v.referentie, i.naam,
       CASE v.status WHEN 'in_gesprek' THEN 'gesprek_gepland' WHEN 'besloten' THEN 'besloten' ELSE 'ontvangen' END,
       NULL, 0, v.ingediend_op, NULL, COALESCE(v.besloten_op, v.gesprek_op, v.ingediend_op)
FROM uitdaag_voorstellen v
JOIN initiatieven i ON i.id = v.initiatief_id
WHERE v.status <> 'concept' AND v.referentie IS NOT NULL AND v.ingediend_op IS NOT NULL;

DROP TABLE zaken;
ALTER TABLE zaken_kern RENAME TO zaken;
ALTER INDEX zaken_kern_pkey RENAME TO zaken_pkey;
ALTER INDEX zaken_kern_referentie_key RENAME TO zaken_referentie_key;
CREATE INDEX zaken_fase ON zaken (fase, regeling);
CREATE INDEX zaken_eigenaar ON zaken (eigenaar_id);

-- The events belong to the case, not to the melding.
ALTER TABLE zaak_gebeurtenissen RENAME COLUMN melding_id TO zaak_id;
ALTER TABLE zaak_gebeurtenissen DROP CONSTRAINT zaak_gebeurtenissen_melding_id_fkey;
ALTER TABLE zaak_gebeurtenissen ADD CONSTRAINT zaak_gebeurtenissen_zaak_id_fkey FOREIGN KEY (zaak_id) REFERENCES zaken (id);
