-- What one person's pages read, along an index: the machtigingen someone filed (for another) and those of a
-- melding, the proposals someone supports, the accounts linked to a person, and the mail sent to an address.
CREATE INDEX machtigingen_aangemaakt_door ON machtigingen (aangemaakt_door);
CREATE INDEX machtigingen_melding ON machtigingen (melding_id);
CREATE INDEX uitdaag_steun_persoon ON uitdaag_steun (persoon_id, op);
CREATE INDEX koppelingen_persoon ON koppelingen (persoon_id);
CREATE INDEX outbox_ontvanger ON outbox (LOWER(recipient));
