-- A helper's machtigingen for one person, with the name the list shows: the first page of a cliëntondersteuner's
-- people is read along machtigingen_helper_naam in the order of their names, and each row is checked against
-- this index to be the person's first name there (a person can have several machtigingen of one helper), so
-- that no page groups and sorts all of the helper's people.
CREATE INDEX machtigingen_helper_inwoner ON machtigingen (helper_id, inwoner_id, status, inwoner_naam, geldig_tot);
