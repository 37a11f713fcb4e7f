-- Every case records its steps as events, whatever its scheme (src/zaken/stap.rs): the blijverslening, the
-- Kindpakket and the right to challenge now do so too. A step may have no person: a co-owner of a home
-- answers by the link in their mail, without an account (door_rol 'medeeigenaar').
CREATE TABLE zaak_gebeurtenissen_nieuw (
    id TEXT PRIMARY KEY,
    zaak_id TEXT NOT NULL REFERENCES zaken (id),
    volgnummer BIGINT NOT NULL,
    soort TEXT NOT NULL,
    gegevens TEXT NOT NULL,
    door_persoon_id TEXT REFERENCES personen (id),
    door_rol TEXT NOT NULL,
    op TEXT NOT NULL,
    UNIQUE (zaak_id, volgnummer)
);
INSERT INTO zaak_gebeurtenissen_nieuw (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op)
SELECT id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op FROM zaak_gebeurtenissen;
DROP TABLE zaak_gebeurtenissen;
ALTER TABLE zaak_gebeurtenissen_nieuw RENAME TO zaak_gebeurtenissen;

-- The steps of every case sent before this migration, made from the columns the schemes kept, numbered in
-- the order they happened (at the same moment: in the order of the flow). Who took a step is there where the
-- scheme stored it, or where the access log has the change (the start of a right-to-challenge
-- conversation). Otherwise the step has no person: a co-owner's answer, a Kindpakket application sent before
-- its sender was stored. A blijverslening application's sender was not stored: its step names who made the
-- draft. A blijverslening decision kept only its day: its step is at the moment the access log has it, or
-- else at noon of that day (or when the application became complete, if that was later).
CREATE TEMPORARY TABLE stappen_oud (
    zaak_id TEXT NOT NULL,
    sleutel TEXT NOT NULL,
    soort TEXT NOT NULL,
    gegevens TEXT NOT NULL,
    door_persoon_id TEXT,
    door_rol TEXT NOT NULL,
    op TEXT NOT NULL
);

-- Blijverslening: sent (complete at once when it has no co-owners), each co-owner's answer, complete or
-- stopped, decided. A co-owner may still answer after another stopped the application.
INSERT INTO stappen_oud
SELECT a.id, a.ingediend_op || '1', 'ingediend',
       '{"soort":"ingediend","compleet":' ||
       CASE WHEN EXISTS (SELECT 1 FROM blijverslening_eigenaren e WHERE e.aanvraag_id = a.id)
            THEN 'false' ELSE 'true' END || '}',
       a.aangemaakt_door, CASE WHEN a.aangemaakt_door = a.inwoner_id THEN 'inwoner' ELSE 'helper' END,
       a.ingediend_op
FROM blijverslening_aanvragen a JOIN zaken z ON z.id = a.id;

INSERT INTO stappen_oud
SELECT a.id, e.beantwoord_op || '2' || e.id, 'beantwoord',
       '{"soort":"beantwoord","eigenaar_id":"' || e.id || '","ja":' ||
       CASE WHEN e.antwoord = 'ja' THEN 'true' ELSE 'false' END || '}',
       NULL, 'medeeigenaar', e.beantwoord_op
FROM blijverslening_eigenaren e
JOIN blijverslening_aanvragen a ON a.id = e.aanvraag_id
JOIN zaken z ON z.id = a.id
WHERE e.antwoord IS NOT NULL AND e.beantwoord_op IS NOT NULL;

INSERT INTO stappen_oud
SELECT a.id, a.compleet_op || '3', CASE WHEN a.status = 'gestopt' THEN 'gestopt' ELSE 'compleet' END,
       CASE WHEN a.status = 'gestopt' THEN '{"soort":"gestopt"}' ELSE '{"soort":"compleet"}' END,
       NULL, 'medeeigenaar', a.compleet_op
FROM blijverslening_aanvragen a JOIN zaken z ON z.id = a.id
WHERE a.compleet_op IS NOT NULL AND a.status IN ('ingediend', 'besloten', 'gestopt')
  AND EXISTS (SELECT 1 FROM blijverslening_eigenaren e WHERE e.aanvraag_id = a.id);

INSERT INTO stappen_oud
SELECT b.id, b.op || '4', 'besloten', b.gegevens, b.door, 'medewerker', b.op
FROM (SELECT a.id,
             '{"soort":"besloten","toegekend":' || CASE WHEN a.besluit = 'toegekend' THEN 'true' ELSE 'false' END
             || '}' AS gegevens,
             a.besluit_door AS door,
             COALESCE((SELECT MIN(t.op) FROM toegangslog t
                       WHERE t.zaak_id = a.id AND t.handeling = 'gewijzigd' AND t.omschrijving = 'besluit'),
                      CASE WHEN a.compleet_op > a.besluit_datum || 'T12:00:00.000000Z' THEN a.compleet_op
                           ELSE a.besluit_datum || 'T12:00:00.000000Z' END) AS op
      FROM blijverslening_aanvragen a JOIN zaken z ON z.id = a.id
      WHERE a.status = 'besloten' AND a.besluit_datum IS NOT NULL) b;

-- Kindpakket: sent, decided.
INSERT INTO stappen_oud
SELECT a.id, a.ingediend_op || '1', 'ingediend', '{"soort":"ingediend"}', a.ingediend_door,
       CASE WHEN a.ingediend_door IS NULL OR a.ingediend_door = a.persoon_id THEN 'inwoner' ELSE 'helper' END,
       a.ingediend_op
FROM kindpakket_aanvragen a JOIN zaken z ON z.id = a.id;

INSERT INTO stappen_oud
SELECT a.id, a.besloten_op || '2', 'besloten', '{"soort":"besloten"}', a.besloten_door, 'medewerker',
       a.besloten_op
FROM kindpakket_aanvragen a JOIN zaken z ON z.id = a.id
WHERE a.status = 'besloten' AND a.besloten_op IS NOT NULL;

-- Right to challenge: sent, conversation, questions and answers, decided, in the order they happened.
INSERT INTO stappen_oud
SELECT v.id, v.ingediend_op || '1', 'ingediend', '{"soort":"ingediend"}', v.ingediend_door, 'inwoner',
       v.ingediend_op
FROM uitdaag_voorstellen v JOIN zaken z ON z.id = v.id;

INSERT INTO stappen_oud
SELECT v.id, v.gesprek_op || '2', 'gesprek_gepland', '{"soort":"gesprek_gepland"}',
       (SELECT t.persoon_id FROM toegangslog t
        WHERE t.zaak_id = v.id AND t.handeling = 'gewijzigd' AND t.omschrijving = 'gesprek'
          AND EXISTS (SELECT 1 FROM personen p WHERE p.id = t.persoon_id)
        ORDER BY t.op LIMIT 1),
       'medewerker', v.gesprek_op
FROM uitdaag_voorstellen v JOIN zaken z ON z.id = v.id
WHERE v.gesprek_op IS NOT NULL;

INSERT INTO stappen_oud
SELECT q.voorstel_id, q.gesteld_op || '3' || q.id, 'vraag', '{"soort":"vraag","vraag_id":"' || q.id || '"}',
       q.gesteld_door, 'medewerker', q.gesteld_op
FROM uitdaag_vragen q JOIN zaken z ON z.id = q.voorstel_id;

INSERT INTO stappen_oud
SELECT q.voorstel_id, q.beantwoord_op || '4' || q.id, 'antwoord',
       '{"soort":"antwoord","vraag_id":"' || q.id || '"}', q.beantwoord_door, 'inwoner', q.beantwoord_op
FROM uitdaag_vragen q JOIN zaken z ON z.id = q.voorstel_id
WHERE q.antwoord IS NOT NULL AND q.beantwoord_op IS NOT NULL;

INSERT INTO stappen_oud
SELECT v.id, v.besloten_op || '5', 'besloten',
       '{"soort":"besloten","uitkomst":"' || v.uitkomst || '"}', v.besloten_door, 'medewerker', v.besloten_op
FROM uitdaag_voorstellen v JOIN zaken z ON z.id = v.id
WHERE v.status = 'besloten' AND v.besloten_op IS NOT NULL AND v.uitkomst IS NOT NULL;

INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op)
SELECT zaak_id || '-' || volgnummer, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op
FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.zaak_id ORDER BY s.sleutel) AS volgnummer
      FROM stappen_oud s) genummerd;

UPDATE zaken SET laatste_volgnummer = (SELECT COUNT(*) FROM zaak_gebeurtenissen g WHERE g.zaak_id = zaken.id)
WHERE regeling <> 'wmo-melding';

DROP TABLE stappen_oud;

-- A question of the municipality to an initiative carries the one-time key of the form it was typed in: the
-- same form sent twice (a double click) asks it once.
ALTER TABLE uitdaag_vragen ADD COLUMN sleutel TEXT;
CREATE UNIQUE INDEX uitdaag_vragen_sleutel ON uitdaag_vragen (voorstel_id, sleutel);
