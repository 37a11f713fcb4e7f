-- What a helper with hundreds of machtigingen reads a page at a time: the machtigingen they hold, newest first
-- (/machtigingen), read along the index in the order shown so that a page reads only its own rows. (The people
-- they may act for are read along the index of migration 34.)
CREATE INDEX machtigingen_helper_nieuwste ON machtigingen (helper_id, aangemaakt_op, id);
