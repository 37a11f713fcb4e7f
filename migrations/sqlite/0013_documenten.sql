-- One document store for every scheme. A document belongs to a case (zaak_id: the case's id, or the draft's
-- that becomes it) and has a kind within its scheme (soort: 'verslag', 'besluit', 'inwoner', 'medewerker' for
-- a Wmo case; 'plan' for an uploaded persoonlijk plan; 'eigendom', 'bewoning', 'offerte' for a blijverslening;
-- 'inkomen' for the Kindpakket; 'bijlage' for a proposal). type: the MIME type found in its first bytes.
-- sha256: of its bytes (NULL for the blijverslening's files of before this store, which kept none).
-- door_persoon_id: who added it (NULL where that was not kept). The bytes are in document_delen, in parts of
-- at most 1 MiB, in order.
CREATE TABLE documenten (
    id TEXT PRIMARY KEY,
    zaak_id TEXT NOT NULL,
    soort TEXT NOT NULL,
    naam TEXT NOT NULL,
    type TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    sha256 TEXT,
    door_persoon_id TEXT,
    op TEXT NOT NULL
);
CREATE INDEX documenten_zaak ON documenten (zaak_id, op);
CREATE INDEX documenten_sha256 ON documenten (zaak_id, sha256);

CREATE TABLE document_delen (
    document_id TEXT NOT NULL REFERENCES documenten (id),
    volgnummer BIGINT NOT NULL,
    inhoud BLOB NOT NULL,
    PRIMARY KEY (document_id, volgnummer)
);

INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op)
SELECT id, melding_id, soort, naam, type, grootte, sha256, door_persoon_id, op FROM zaak_documenten;
INSERT INTO document_delen (document_id, volgnummer, inhoud)
SELECT document_id, 0, inhoud FROM zaak_document_bestanden;

-- An uploaded persoonlijk plan keeps the plan's id.
INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op)
SELECT p.id, p.melding_id, 'plan', p.bestand_naam, p.bestand_type, p.bestand_grootte, p.bestand_sha256, NULL,
       COALESCE(p.ingeleverd_op, p.gewijzigd_op)
FROM persoonlijke_plannen p JOIN persoonlijk_plan_bestanden b ON b.plan_id = p.id;
INSERT INTO document_delen (document_id, volgnummer, inhoud)
SELECT plan_id, 0, inhoud FROM persoonlijk_plan_bestanden;

INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op)
SELECT id, aanvraag_id, soort, naam, mime, grootte, NULL, geupload_door, geupload_op FROM blijverslening_stukken;
INSERT INTO document_delen (document_id, volgnummer, inhoud)
SELECT id, 0, inhoud FROM blijverslening_stukken;

INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op)
SELECT id, aanvraag_id, 'inkomen', naam, soort, grootte, sha256, NULL, aangemaakt_op FROM kindpakket_bestanden;
INSERT INTO document_delen (document_id, volgnummer, inhoud)
SELECT id, 0, inhoud FROM kindpakket_bestanden;

INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op)
SELECT id, voorstel_id, 'bijlage', naam, soort, grootte, sha256, aangemaakt_door, aangemaakt_op FROM uitdaag_bijlagen;
INSERT INTO document_delen (document_id, volgnummer, inhoud)
SELECT id, 0, inhoud FROM uitdaag_bijlagen;

DROP TABLE zaak_document_bestanden;
DROP TABLE zaak_documenten;
DROP TABLE persoonlijk_plan_bestanden;
DROP TABLE blijverslening_stukken;
DROP TABLE kindpakket_bestanden;
DROP TABLE uitdaag_bijlagen;
