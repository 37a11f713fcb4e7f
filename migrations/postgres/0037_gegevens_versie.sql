-- A version of everything the page Mijn gegevens shows of a person: every write to a row the page reads raises
-- the version of the people it belongs to, in the transaction of the write, whichever code or instance makes it.
-- An instance keeps a person's page data under that version and reads it again only once it moved. The raises
-- run when the writing transaction commits (deferred), after the locks the portal's own statements take, so
-- that a person's row is always the last thing a transaction locks.
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

-- Raises the version of the people a value points at. `p_soort` says what the value is: a person's id, a case's,
-- a melding's, a machtiging's, an initiative's, a mail address, or a helper (the residents whose page shows the
-- helper's name).
CREATE FUNCTION gegevens_raak(p_soort TEXT, p_waarde TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_waarde IS NULL THEN
        RETURN;
    END IF;
    UPDATE personen SET gegevens_versie = gegevens_versie + 1 WHERE id IN (
        SELECT p_waarde WHERE p_soort = 'persoon'
        UNION ALL SELECT b.persoon_id FROM zaak_betrokkenen b WHERE p_soort = 'zaak' AND b.zaak_id = p_waarde
        UNION ALL SELECT m.persoon_id FROM meldingen m WHERE p_soort = 'melding' AND m.id = p_waarde
        UNION ALL SELECT m.aangemaakt_door FROM machtigingen m WHERE p_soort = 'machtiging' AND m.id = p_waarde
        UNION ALL SELECT p.id FROM initiatief_leden l JOIN personen p ON p.email = l.email
            WHERE p_soort = 'initiatief' AND l.initiatief_id = p_waarde
        UNION ALL SELECT p.id FROM personen p WHERE p_soort = 'adres' AND p.email = LOWER(p_waarde)
        UNION ALL SELECT m.inwoner_id FROM machtigingen m WHERE p_soort = 'helper' AND m.helper_id = p_waarde
    );
END;
$$;

-- The trigger's arguments come in pairs: what a column holds (as in gegevens_raak) and the column's name. Both
-- the new row and the old one count, the old one only when it points elsewhere. For tables with small rows: the
-- mail and the proofs of a machtiging, which carry files, have functions of their own (below).
CREATE FUNCTION gegevens_gewijzigd() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    nieuw JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    oud JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    i INTEGER := 0;
BEGIN
    WHILE i < TG_NARGS LOOP
        PERFORM gegevens_raak(TG_ARGV[i], nieuw ->> TG_ARGV[i + 1]);
        IF (oud ->> TG_ARGV[i + 1]) IS DISTINCT FROM (nieuw ->> TG_ARGV[i + 1]) THEN
            PERFORM gegevens_raak(TG_ARGV[i], oud ->> TG_ARGV[i + 1]);
        END IF;
        i := i + 2;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER sessions_gegevens AFTER INSERT OR DELETE OR UPDATE OF persoon_id ON sessions
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

CREATE CONSTRAINT TRIGGER zaken_gegevens AFTER INSERT OR DELETE
    OR UPDATE OF eigenaar_id, regeling, referentie, fase, ingediend_op, laatste_volgnummer ON zaken
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'eigenaar_id');

CREATE CONSTRAINT TRIGGER zaak_gebeurtenissen_gegevens AFTER INSERT OR DELETE OR UPDATE ON zaak_gebeurtenissen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('zaak', 'zaak_id');

CREATE CONSTRAINT TRIGGER meldingen_gegevens AFTER INSERT OR DELETE
    OR UPDATE OF persoon_id, status, referentie, aangemaakt_op ON meldingen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

CREATE CONSTRAINT TRIGGER blijverslening_aanvragen_gegevens AFTER INSERT OR DELETE
    OR UPDATE OF inwoner_id, status, referentie, aangemaakt_op ON blijverslening_aanvragen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'inwoner_id');

CREATE CONSTRAINT TRIGGER kindpakket_aanvragen_gegevens AFTER INSERT OR DELETE
    OR UPDATE OF persoon_id, status, referentie, aangemaakt_op ON kindpakket_aanvragen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

CREATE CONSTRAINT TRIGGER clientondersteuning_verzoeken_gegevens AFTER INSERT OR DELETE
    OR UPDATE OF persoon_id, referentie, aangemaakt_op ON clientondersteuning_verzoeken
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

CREATE CONSTRAINT TRIGGER persoonlijke_plannen_gegevens AFTER INSERT OR DELETE OR UPDATE OF melding_id, status
    ON persoonlijke_plannen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('melding', 'melding_id');

CREATE CONSTRAINT TRIGGER documenten_gegevens AFTER INSERT OR DELETE OR UPDATE OF zaak_id, naam, op ON documenten
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('zaak', 'zaak_id');

CREATE CONSTRAINT TRIGGER machtigingen_gegevens AFTER INSERT OR DELETE OR UPDATE ON machtigingen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd(
    'persoon', 'inwoner_id', 'persoon', 'helper_id', 'persoon', 'aangemaakt_door');

CREATE FUNCTION machtiging_bewijzen_gegevens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM gegevens_raak('machtiging', NEW.machtiging_id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM gegevens_raak('machtiging', OLD.machtiging_id);
    ELSIF TG_OP = 'UPDATE' AND OLD.machtiging_id IS DISTINCT FROM NEW.machtiging_id THEN
        PERFORM gegevens_raak('machtiging', OLD.machtiging_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER machtiging_bewijzen_gegevens AFTER INSERT OR DELETE OR UPDATE OF machtiging_id, naam
    ON machtiging_bewijzen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION machtiging_bewijzen_gegevens();

CREATE CONSTRAINT TRIGGER initiatieven_gegevens AFTER INSERT OR DELETE OR UPDATE OF naam, aangemaakt_op ON initiatieven
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('initiatief', 'id');

CREATE CONSTRAINT TRIGGER initiatief_leden_gegevens AFTER INSERT OR DELETE OR UPDATE ON initiatief_leden
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('adres', 'email');

CREATE CONSTRAINT TRIGGER uitdaag_voorstellen_gegevens AFTER INSERT OR DELETE OR UPDATE OF initiatief_id, referentie
    ON uitdaag_voorstellen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('initiatief', 'initiatief_id');

CREATE CONSTRAINT TRIGGER uitdaag_steun_gegevens AFTER INSERT OR DELETE OR UPDATE OF persoon_id ON uitdaag_steun
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

CREATE CONSTRAINT TRIGGER toegangslog_gegevens AFTER INSERT OR DELETE OR UPDATE OF zaak_id, naam, rol, op ON toegangslog
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('zaak', 'zaak_id');

CREATE FUNCTION outbox_gegevens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM gegevens_raak('adres', NEW.recipient);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM gegevens_raak('adres', OLD.recipient);
    ELSIF TG_OP = 'UPDATE' AND OLD.recipient IS DISTINCT FROM NEW.recipient THEN
        PERFORM gegevens_raak('adres', OLD.recipient);
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER outbox_gegevens AFTER INSERT OR DELETE OR UPDATE OF recipient, subject, created_at ON outbox
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbox_gegevens();

CREATE CONSTRAINT TRIGGER gegevens_log_gegevens AFTER INSERT OR DELETE OR UPDATE OF persoon_id, soort, zaak_id, grootte, op
    ON gegevens_log
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gegevens_gewijzigd('persoon', 'persoon_id');

-- The person's own account. Their name or address also shows on the page of a resident they help; a resident's
-- name on their helpers' pages comes with the machtiging (migration 34 writes it there).
CREATE FUNCTION personen_gegevens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.gegevens_versie := OLD.gegevens_versie + 1;
    RETURN NEW;
END;
$$;

CREATE TRIGGER personen_gegevens BEFORE UPDATE OF naam, email, taal, bsn ON personen
FOR EACH ROW WHEN (OLD.naam IS DISTINCT FROM NEW.naam OR OLD.email IS DISTINCT FROM NEW.email
    OR OLD.taal IS DISTINCT FROM NEW.taal OR OLD.bsn IS DISTINCT FROM NEW.bsn)
EXECUTE FUNCTION personen_gegevens();

CREATE CONSTRAINT TRIGGER personen_gegevens_helper AFTER UPDATE OF naam, email ON personen
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (OLD.naam IS DISTINCT FROM NEW.naam OR OLD.email IS DISTINCT FROM NEW.email)
EXECUTE FUNCTION gegevens_gewijzigd('helper', 'id');
