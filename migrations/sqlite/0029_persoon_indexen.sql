-- What Mijn gegevens and the machtigingen pages read of one person, along an index: the machtigingen someone
-- filed (for another), the proposals someone supports, and the accounts linked to a person.
CREATE INDEX machtigingen_aangemaakt_door ON machtigingen (aangemaakt_door);
CREATE INDEX uitdaag_steun_persoon ON uitdaag_steun (persoon_id, op);
CREATE INDEX koppelingen_persoon ON koppelingen (persoon_id);
