-- A version of everything the page Mijn gegevens shows of a person: every write to a row the page reads raises
-- the version of the people it belongs to, in the transaction of the write, whichever code or instance makes it.
-- An instance keeps a person's page data under that version and reads it again only once it moved.
ALTER TABLE personen ADD COLUMN gegevens_versie BIGINT NOT NULL DEFAULT 0;

-- Who a case, application or proposal belongs to, as the page finds them: the owner of a case, the resident of
-- a melding or application, every member of the initiative of a proposal.
CREATE VIEW zaak_betrokkenen AS
    SELECT id AS zaak_id, eigenaar_id AS persoon_id FROM zaken
    UNION ALL SELECT id, persoon_id FROM meldingen
    UNION ALL SELECT id, inwoner_id FROM blijverslening_aanvragen
    UNION ALL SELECT id, persoon_id FROM kindpakket_aanvragen
    UNION ALL SELECT v.id, p.id FROM uitdaag_voorstellen v
        JOIN initiatief_leden l ON l.initiatief_id = v.initiatief_id JOIN personen p ON p.email = l.email;

-- Per table, for a new row, a deleted one and a changed one (old and new): the people the row points at, by
-- their id, by a case (zaak_betrokkenen), a melding, a machtiging, an initiative's members, or a mail address.

CREATE TRIGGER sessions_gegevens_insert AFTER INSERT ON sessions BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER sessions_gegevens_delete AFTER DELETE ON sessions BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER sessions_gegevens_update AFTER UPDATE OF persoon_id ON sessions BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

CREATE TRIGGER zaken_gegevens_insert AFTER INSERT ON zaken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.eigenaar_id);
END;

CREATE TRIGGER zaken_gegevens_delete AFTER DELETE ON zaken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.eigenaar_id);
END;

CREATE TRIGGER zaken_gegevens_update AFTER UPDATE OF eigenaar_id, regeling, referentie, fase, ingediend_op, laatste_volgnummer ON zaken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.eigenaar_id, OLD.eigenaar_id);
END;

CREATE TRIGGER zaak_gebeurtenissen_gegevens_insert AFTER INSERT ON zaak_gebeurtenissen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id));
END;

CREATE TRIGGER zaak_gebeurtenissen_gegevens_delete AFTER DELETE ON zaak_gebeurtenissen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (OLD.zaak_id));
END;

CREATE TRIGGER zaak_gebeurtenissen_gegevens_update AFTER UPDATE ON zaak_gebeurtenissen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id, OLD.zaak_id));
END;

CREATE TRIGGER meldingen_gegevens_insert AFTER INSERT ON meldingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER meldingen_gegevens_delete AFTER DELETE ON meldingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER meldingen_gegevens_update AFTER UPDATE OF persoon_id, status, referentie, aangemaakt_op ON meldingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

CREATE TRIGGER blijverslening_aanvragen_gegevens_insert AFTER INSERT ON blijverslening_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.inwoner_id);
END;

CREATE TRIGGER blijverslening_aanvragen_gegevens_delete AFTER DELETE ON blijverslening_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.inwoner_id);
END;

CREATE TRIGGER blijverslening_aanvragen_gegevens_update AFTER UPDATE OF inwoner_id, status, referentie, aangemaakt_op ON blijverslening_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.inwoner_id, OLD.inwoner_id);
END;

CREATE TRIGGER kindpakket_aanvragen_gegevens_insert AFTER INSERT ON kindpakket_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER kindpakket_aanvragen_gegevens_delete AFTER DELETE ON kindpakket_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER kindpakket_aanvragen_gegevens_update AFTER UPDATE OF persoon_id, status, referentie, aangemaakt_op ON kindpakket_aanvragen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

CREATE TRIGGER clientondersteuning_verzoeken_gegevens_insert AFTER INSERT ON clientondersteuning_verzoeken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER clientondersteuning_verzoeken_gegevens_delete AFTER DELETE ON clientondersteuning_verzoeken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER clientondersteuning_verzoeken_gegevens_update AFTER UPDATE OF persoon_id, referentie, aangemaakt_op ON clientondersteuning_verzoeken BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

CREATE TRIGGER persoonlijke_plannen_gegevens_insert AFTER INSERT ON persoonlijke_plannen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM meldingen WHERE id IN (NEW.melding_id));
END;

CREATE TRIGGER persoonlijke_plannen_gegevens_delete AFTER DELETE ON persoonlijke_plannen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM meldingen WHERE id IN (OLD.melding_id));
END;

CREATE TRIGGER persoonlijke_plannen_gegevens_update AFTER UPDATE OF melding_id, status ON persoonlijke_plannen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM meldingen WHERE id IN (NEW.melding_id, OLD.melding_id));
END;

CREATE TRIGGER documenten_gegevens_insert AFTER INSERT ON documenten BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id));
END;

CREATE TRIGGER documenten_gegevens_delete AFTER DELETE ON documenten BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (OLD.zaak_id));
END;

CREATE TRIGGER documenten_gegevens_update AFTER UPDATE OF zaak_id, naam, op ON documenten BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id, OLD.zaak_id));
END;

CREATE TRIGGER machtigingen_gegevens_insert AFTER INSERT ON machtigingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.inwoner_id, NEW.helper_id, NEW.aangemaakt_door);
END;

CREATE TRIGGER machtigingen_gegevens_delete AFTER DELETE ON machtigingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.inwoner_id, OLD.helper_id, OLD.aangemaakt_door);
END;

CREATE TRIGGER machtigingen_gegevens_update AFTER UPDATE ON machtigingen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.inwoner_id, OLD.inwoner_id, NEW.helper_id, OLD.helper_id, NEW.aangemaakt_door, OLD.aangemaakt_door);
END;

CREATE TRIGGER machtiging_bewijzen_gegevens_insert AFTER INSERT ON machtiging_bewijzen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT aangemaakt_door FROM machtigingen WHERE id IN (NEW.machtiging_id));
END;

CREATE TRIGGER machtiging_bewijzen_gegevens_delete AFTER DELETE ON machtiging_bewijzen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT aangemaakt_door FROM machtigingen WHERE id IN (OLD.machtiging_id));
END;

CREATE TRIGGER machtiging_bewijzen_gegevens_update AFTER UPDATE OF machtiging_id, naam ON machtiging_bewijzen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT aangemaakt_door FROM machtigingen WHERE id IN (NEW.machtiging_id, OLD.machtiging_id));
END;

CREATE TRIGGER initiatieven_gegevens_insert AFTER INSERT ON initiatieven BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (NEW.id));
END;

CREATE TRIGGER initiatieven_gegevens_delete AFTER DELETE ON initiatieven BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (OLD.id));
END;

CREATE TRIGGER initiatieven_gegevens_update AFTER UPDATE OF naam, aangemaakt_op ON initiatieven BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (NEW.id, OLD.id));
END;

CREATE TRIGGER initiatief_leden_gegevens_insert AFTER INSERT ON initiatief_leden BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(NEW.email));
END;

CREATE TRIGGER initiatief_leden_gegevens_delete AFTER DELETE ON initiatief_leden BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(OLD.email));
END;

CREATE TRIGGER initiatief_leden_gegevens_update AFTER UPDATE ON initiatief_leden BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(NEW.email), LOWER(OLD.email));
END;

CREATE TRIGGER uitdaag_voorstellen_gegevens_insert AFTER INSERT ON uitdaag_voorstellen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (NEW.initiatief_id));
END;

CREATE TRIGGER uitdaag_voorstellen_gegevens_delete AFTER DELETE ON uitdaag_voorstellen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (OLD.initiatief_id));
END;

CREATE TRIGGER uitdaag_voorstellen_gegevens_update AFTER UPDATE OF initiatief_id, referentie ON uitdaag_voorstellen BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (SELECT email FROM initiatief_leden WHERE initiatief_id IN (NEW.initiatief_id, OLD.initiatief_id));
END;

CREATE TRIGGER uitdaag_steun_gegevens_insert AFTER INSERT ON uitdaag_steun BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER uitdaag_steun_gegevens_delete AFTER DELETE ON uitdaag_steun BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER uitdaag_steun_gegevens_update AFTER UPDATE OF persoon_id ON uitdaag_steun BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

CREATE TRIGGER toegangslog_gegevens_insert AFTER INSERT ON toegangslog BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id));
END;

CREATE TRIGGER toegangslog_gegevens_delete AFTER DELETE ON toegangslog BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (OLD.zaak_id));
END;

CREATE TRIGGER toegangslog_gegevens_update AFTER UPDATE OF zaak_id, naam, rol, op ON toegangslog BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (SELECT persoon_id FROM zaak_betrokkenen WHERE zaak_id IN (NEW.zaak_id, OLD.zaak_id));
END;

CREATE TRIGGER outbox_gegevens_insert AFTER INSERT ON outbox BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(NEW.recipient));
END;

CREATE TRIGGER outbox_gegevens_delete AFTER DELETE ON outbox BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(OLD.recipient));
END;

CREATE TRIGGER outbox_gegevens_update AFTER UPDATE OF recipient, subject, created_at ON outbox BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE email IN (LOWER(NEW.recipient), LOWER(OLD.recipient));
END;

CREATE TRIGGER gegevens_log_gegevens_insert AFTER INSERT ON gegevens_log BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id);
END;

CREATE TRIGGER gegevens_log_gegevens_delete AFTER DELETE ON gegevens_log BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (OLD.persoon_id);
END;

CREATE TRIGGER gegevens_log_gegevens_update AFTER UPDATE OF persoon_id, soort, zaak_id, grootte, op ON gegevens_log BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id IN (NEW.persoon_id, OLD.persoon_id);
END;

-- The person's own account. Their name or address also shows on the page of a resident they help; a resident's
-- name on their helpers' pages comes with the machtiging (migration 34 writes it there).
CREATE TRIGGER personen_gegevens AFTER UPDATE OF naam, email, taal, bsn ON personen
WHEN OLD.naam IS NOT NEW.naam OR OLD.email IS NOT NEW.email OR OLD.taal IS NOT NEW.taal OR OLD.bsn IS NOT NEW.bsn
BEGIN
    UPDATE personen SET gegevens_versie = gegevens_versie + 1
    WHERE id = NEW.id
    OR ((OLD.naam IS NOT NEW.naam OR OLD.email IS NOT NEW.email)
        AND id IN (SELECT inwoner_id FROM machtigingen WHERE helper_id = NEW.id));
END;
