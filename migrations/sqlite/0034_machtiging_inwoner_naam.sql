-- The name by which a helper's list of people is sorted and shown (the resident's own name, else the name the
-- helper gave, else their address), kept on each machtiging so that a cliëntondersteuner with hundreds of
-- clients gets one page of them along an index, without looking up every person. Triggers keep it in step
-- with the machtiging and with the person, whichever code writes them.
ALTER TABLE machtigingen ADD COLUMN inwoner_naam TEXT;

UPDATE machtigingen SET inwoner_naam =
    (SELECT COALESCE(p.naam, machtigingen.naam, p.email) FROM personen p WHERE p.id = machtigingen.inwoner_id)
WHERE inwoner_id IS NOT NULL;

CREATE TRIGGER machtigingen_inwoner_naam_nieuw AFTER INSERT ON machtigingen
WHEN NEW.inwoner_id IS NOT NULL
BEGIN
    UPDATE machtigingen SET inwoner_naam =
        (SELECT COALESCE(p.naam, NEW.naam, p.email) FROM personen p WHERE p.id = NEW.inwoner_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER machtigingen_inwoner_naam_gewijzigd AFTER UPDATE OF inwoner_id, naam ON machtigingen
BEGIN
    UPDATE machtigingen SET inwoner_naam =
        (SELECT COALESCE(p.naam, NEW.naam, p.email) FROM personen p WHERE p.id = NEW.inwoner_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER personen_naam_in_machtigingen AFTER UPDATE OF naam, email ON personen
WHEN OLD.naam IS NOT NEW.naam OR OLD.email IS NOT NEW.email
BEGIN
    UPDATE machtigingen SET inwoner_naam = COALESCE(NEW.naam, machtigingen.naam, NEW.email)
    WHERE inwoner_id = NEW.id;
END;

CREATE INDEX machtigingen_helper_naam ON machtigingen (helper_id, status, inwoner_naam, inwoner_id, geldig_tot);
