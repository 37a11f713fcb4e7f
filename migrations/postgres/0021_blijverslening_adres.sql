-- The blijverslening application asks the address of the house, and is filled in part by part (a task list).
-- straat (street and house number), postcode and plaats: the house's address, set when the application is
-- sent; NULL for applications sent before the question was asked.
-- invoer: a draft's answers as typed, as JSON, saved part by part; the other answer columns hold no answers
-- while it is set. Sending reads it, fills those columns and clears it. NULL for a sent application and for a
-- draft saved before this version, whose answer columns hold its answers.
ALTER TABLE blijverslening_aanvragen ADD COLUMN straat TEXT;
ALTER TABLE blijverslening_aanvragen ADD COLUMN postcode TEXT;
ALTER TABLE blijverslening_aanvragen ADD COLUMN plaats TEXT;
ALTER TABLE blijverslening_aanvragen ADD COLUMN invoer TEXT;
