-- A person's access log on Mijn gegevens: the newest entries of all their cases, with who and in what role, read
-- from the index alone instead of from an entry's row for every entry of every case. It has the order of
-- toegangslog_zaak_op (a case's log, newest first), which it replaces.
CREATE INDEX toegangslog_zaak_recent ON toegangslog (zaak_id, op, id) INCLUDE (naam, rol);
DROP INDEX toegangslog_zaak_op;
