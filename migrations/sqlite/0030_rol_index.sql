-- The accounts of one role by name (the cliëntondersteuners staff choose from and manage), along an index
-- instead of a scan of every resident.
CREATE INDEX personen_rol ON personen (rol, naam, email);
