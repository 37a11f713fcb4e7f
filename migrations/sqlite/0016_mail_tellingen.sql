-- Mail a person causes to be sent to someone else (an invitation, a request to confirm, a co-owner's link, a
-- request to an organisation), counted per day: per sender, per sender and address, and per address. Keys are
-- hashes, so that the table is no list of addresses. Rows older than a day are deleted by housekeeping.
CREATE TABLE mail_tellingen (
    sleutel TEXT NOT NULL,
    op TEXT NOT NULL
);
CREATE INDEX mail_tellingen_sleutel ON mail_tellingen (sleutel, op);
