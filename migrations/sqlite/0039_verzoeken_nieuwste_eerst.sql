-- A cliëntondersteuner's requests are listed newest first, then by reference (/clienten/verzoeken). The index
-- now holds them in exactly that order, so that a page reads its rows from the index and stops, instead of
-- reading backwards and sorting each group of equal moments again.
DROP INDEX clientondersteuning_verzoeken_mijn;
CREATE INDEX clientondersteuning_verzoeken_mijn ON clientondersteuning_verzoeken
    (ondersteuner_id, aangemaakt_op DESC, referentie);
