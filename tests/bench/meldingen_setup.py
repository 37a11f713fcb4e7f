"""Prepares the submission benchmark: one signed-in resident with N complete draft meldingen, written straight
into the portal's SQLite file (already migrated by the portal). Prints the session token; writes the draft ids,
one a line, to the file given. Only for a throw-away benchmark database."""

import secrets
import sqlite3
import sys
from datetime import datetime, timezone

from bench_db import resident, ts

db_path, n, ids_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
now = datetime.now(timezone.utc)
con = sqlite3.connect(db_path)
persoon, token = resident(con, now)
ids = [secrets.token_hex(16) for _ in range(n)]
con.executemany(
    "INSERT INTO meldingen (id, persoon_id, status, hervatcode, stap, voor_wie, spoed_gevaar, spoed_zorg, hulpvraag, "
    "levensgebieden, huishouden, gesprek_erbij, clientondersteuning, contact_manier, telefoon, contact_email, tolk, "
    "toestemming_op, toestemming_versie, aangemaakt_op, gewijzigd_op, naam, geboortedatum, adres_straat, adres_postcode, "
    "adres_plaats) VALUES (?, ?, 'concept', ?, 'toestemming', "
    "'zelf', 'nee', 'nee', 'Ik kan de trap niet meer op.', 'verzorging,wonen', 'partner', 'niemand', 'nee', "
    "'telefoon', '06 1234 5678', 'bench@example.nl', 'geen', ?, '2026-12-01', ?, ?, 'Bea Bench', '1950-03-04', "
    "'Dorpsstraat 1', '2651 AA', 'Berkel en Rodenrijs')",
    [(i, persoon, f"B{k:08d}", ts(now), ts(now), ts(now)) for k, i in enumerate(ids)],
)
con.commit()
with open(ids_path, "w") as f:
    f.write("\n".join(ids) + "\n")
print(token)
