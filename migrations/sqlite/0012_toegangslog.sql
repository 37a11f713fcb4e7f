-- One access log for every scheme, in one vocabulary: handeling 'bekeken' (viewed), 'gedownload' (downloaded)
-- or 'gewijzigd' (changed); omschrijving says what (a page, an event kind, 'besluit', 'ingediend', 'gesprek',
-- 'vraag', a kind of document); reden why, where one was asked.
-- zaak_id: the case (zaken.id); entries made while it was a draft carry the draft's id, which the case keeps.
-- naam and rol: the name and role the person acted with at that moment (naam NULL: staff without a name).
-- The entries stay when an account is removed: no reference to personen.
CREATE TABLE toegangslog_nieuw (
    id TEXT PRIMARY KEY,
    zaak_id TEXT NOT NULL,
    persoon_id TEXT NOT NULL,
    naam TEXT,
    rol TEXT NOT NULL,
    handeling TEXT NOT NULL,
    omschrijving TEXT NOT NULL,
    reden TEXT,
    op TEXT NOT NULL
);

INSERT INTO toegangslog_nieuw (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op)
SELECT t.id, t.melding_id, t.persoon_id, COALESCE(p.naam, CASE WHEN t.rol = 'helper' THEN p.email END), t.rol,
       t.handeling, t.omschrijving, t.reden, t.op
FROM toegangslog t JOIN personen p ON p.id = t.persoon_id;

INSERT INTO toegangslog_nieuw (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op)
SELECT id, aanvraag_id, wie_id, wie_naam, rol,
       CASE handeling WHEN 'besloten' THEN 'gewijzigd' ELSE handeling END,
       CASE handeling WHEN 'besloten' THEN 'besluit' WHEN 'gedownload' THEN 'stuk' ELSE 'aanvraag' END,
       NULL, op
FROM blijverslening_toegang;

INSERT INTO toegangslog_nieuw (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op)
SELECT id, aanvraag_id, persoon_id, naam, rol,
       CASE handeling WHEN 'besloten' THEN 'gewijzigd' WHEN 'ingediend' THEN 'gewijzigd' ELSE handeling END,
       CASE handeling WHEN 'besloten' THEN 'besluit' WHEN 'ingediend' THEN 'ingediend' WHEN 'gedownload' THEN 'bestand'
                      ELSE 'aanvraag' END,
       NULL, op
FROM kindpakket_toegang;

INSERT INTO toegangslog_nieuw (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op)
SELECT id, voorstel_id, persoon_id, naam, 'medewerker',
       CASE handeling WHEN 'bekeken' THEN 'bekeken' WHEN 'gedownload' THEN 'gedownload' ELSE 'gewijzigd' END,
       CASE handeling WHEN 'bekeken' THEN 'voorstel' WHEN 'gedownload' THEN 'bijlage' WHEN 'besloten' THEN 'besluit'
                      ELSE handeling END,
       NULL, op
FROM uitdaag_toegang;

DROP TABLE toegangslog;
DROP TABLE blijverslening_toegang;
DROP TABLE kindpakket_toegang;
DROP TABLE uitdaag_toegang;
ALTER TABLE toegangslog_nieuw RENAME TO toegangslog;
CREATE INDEX toegangslog_zaak ON toegangslog (zaak_id, op);
CREATE INDEX toegangslog_persoon ON toegangslog (persoon_id, zaak_id, op);
