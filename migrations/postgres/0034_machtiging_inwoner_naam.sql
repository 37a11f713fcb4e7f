-- The name by which a helper's list of people is sorted and shown (the resident's own name, else the name the
-- helper gave, else their address), kept on each machtiging so that a cliëntondersteuner with hundreds of
-- clients gets one page of them along an index, without looking up every person. Triggers keep it in step
-- with the machtiging and with the person, whichever code writes them.
ALTER TABLE machtigingen ADD COLUMN inwoner_naam TEXT;

UPDATE machtigingen SET inwoner_naam =
    (SELECT COALESCE(p.naam, machtigingen.naam, p.email) FROM personen p WHERE p.id = machtigingen.inwoner_id)
WHERE inwoner_id IS NOT NULL;

CREATE FUNCTION machtigingen_inwoner_naam() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.inwoner_naam := (SELECT COALESCE(p.naam, NEW.naam, p.email) FROM personen p WHERE p.id = NEW.inwoner_id);
    RETURN NEW;
END;
$$;

CREATE TRIGGER machtigingen_inwoner_naam_nieuw BEFORE INSERT ON machtigingen
FOR EACH ROW EXECUTE FUNCTION machtigingen_inwoner_naam();

CREATE TRIGGER machtigingen_inwoner_naam_gewijzigd BEFORE UPDATE OF inwoner_id, naam ON machtigingen
FOR EACH ROW EXECUTE FUNCTION machtigingen_inwoner_naam();

CREATE FUNCTION personen_naam_in_machtigingen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE machtigingen SET inwoner_naam = COALESCE(NEW.naam, machtigingen.naam, NEW.email)
    WHERE inwoner_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER personen_naam_in_machtigingen AFTER UPDATE OF naam, email ON personen
FOR EACH ROW WHEN (OLD.naam IS DISTINCT FROM NEW.naam OR OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION personen_naam_in_machtigingen();

CREATE INDEX machtigingen_helper_naam ON machtigingen (helper_id, status, inwoner_naam, inwoner_id, geldig_tot);
