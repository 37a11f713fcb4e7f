-- The access log's index per case and moment is the start of the one migration 36 made (which also carries
-- who and in what role): every query that used it uses that one, and each new entry now updates one index
-- fewer.
DROP INDEX toegangslog_zaak;
