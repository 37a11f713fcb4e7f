-- Who a melding is about (name, date of birth, home address), where letters go when not home, and with
-- "Ja, graag" to cliëntondersteuning the organisation the resident prefers. Meldingen sent before keep none:
-- they were not asked.
ALTER TABLE meldingen ADD COLUMN naam TEXT;
ALTER TABLE meldingen ADD COLUMN geboortedatum TEXT;
ALTER TABLE meldingen ADD COLUMN adres_straat TEXT;
ALTER TABLE meldingen ADD COLUMN adres_postcode TEXT;
ALTER TABLE meldingen ADD COLUMN adres_plaats TEXT;
ALTER TABLE meldingen ADD COLUMN post_straat TEXT;
ALTER TABLE meldingen ADD COLUMN post_postcode TEXT;
ALTER TABLE meldingen ADD COLUMN post_plaats TEXT;
ALTER TABLE meldingen ADD COLUMN co_organisatie TEXT;
