-- What the page Mijn gegevens reads for one person, along an index: their Kindpakket drafts (without it, the
-- drafts of everyone are read), and the requests to correct their cases with the answers, looked up per case
-- and kind of step (without it, every step of that kind of every case is read).
CREATE INDEX kindpakket_aanvragen_persoon_status ON kindpakket_aanvragen (persoon_id, status);
CREATE INDEX zaak_gebeurtenissen_zaak_soort ON zaak_gebeurtenissen (zaak_id, soort);
