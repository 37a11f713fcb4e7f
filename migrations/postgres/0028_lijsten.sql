-- Indexes that serve the order of the lists shown a page at a time, and the sums pages read, so that a page
-- reads its own rows and not the whole table.

-- The public proposals page: open ones first, the oldest first (src/uitdaagrecht/repo/mod.rs).
CREATE INDEX uitdaag_voorstellen_openbaar ON uitdaag_voorstellen
    ((CASE status WHEN 'ontvangen' THEN 0 WHEN 'in_gesprek' THEN 1 ELSE 3 END), ingediend_op, id)
    WHERE status <> 'concept' AND openbaar = 'ja';

-- A case's access log, newest first (the resident's "who looked at my data").
CREATE INDEX toegangslog_zaak_op ON toegangslog (zaak_id, op, id);

-- A cliëntondersteuner's dashboard: the organisation's open requests, oldest first, and their own, newest
-- first.
CREATE INDEX clientondersteuning_verzoeken_open ON clientondersteuning_verzoeken
    (organisatie_id, aangemaakt_op, referentie) WHERE ondersteuner_id IS NULL;
-- The requests the municipality must choose for (/medewerker/clientondersteuning), oldest first.
CREATE INDEX clientondersteuning_verzoeken_te_kiezen ON clientondersteuning_verzoeken (aangemaakt_op, referentie)
    WHERE organisatie_id IS NULL AND ondersteuner_id IS NULL;
CREATE INDEX clientondersteuning_verzoeken_mijn ON clientondersteuning_verzoeken
    (ondersteuner_id, aangemaakt_op, referentie);

-- The blijverslening's allocations of a year: the sum is read from the index alone.
CREATE INDEX blijverslening_aanvragen_toegekend ON blijverslening_aanvragen
    (besluit, besluit_datum, besluit_bedrag);

-- The Kindpakket's decisions of a year, for the figures.
CREATE INDEX kindpakket_aanvragen_besloten ON kindpakket_aanvragen (besloten_op);

-- The besluiten of the last months, for the waiting time on /melding.
CREATE INDEX zaak_gebeurtenissen_soort_op ON zaak_gebeurtenissen (soort, op);
