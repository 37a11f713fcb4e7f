-- What a helper with hundreds of machtigingen reads a page at a time: the people they may act for today
-- (/namens, /clienten), counted from the index alone, and the machtigingen they hold, newest first
-- (/machtigingen), read along the index in the order shown so that a page reads only its own rows.
CREATE INDEX machtigingen_helper_actief ON machtigingen (helper_id, status, inwoner_id, geldig_tot);
CREATE INDEX machtigingen_helper_nieuwste ON machtigingen (helper_id, aangemaakt_op, id);
