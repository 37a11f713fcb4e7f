-- A resident may close their account (AVG art. 17). Without cases it is removed; with cases it is closed for
-- new work from this moment and kept for the retention period. NULL: open.
ALTER TABLE personen ADD COLUMN gesloten_op TEXT;
