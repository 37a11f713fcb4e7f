"""Prepares a benchmark: one signed-in resident with N submitted meldingen and their cases (to upload a plan to), written
straight into the portal's SQLite file (already migrated by the portal). Prints the session token; writes the
melding ids, one a line, to the file given. Only for a throw-away benchmark database."""

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
    "INSERT INTO meldingen (id, persoon_id, status, referentie, hervatcode, stap, aangemaakt_op, gewijzigd_op, "
    "ingediend_op, ontvangen_op) VALUES (?, ?, 'ingediend', ?, ?, 'toestemming', ?, ?, ?, ?)",
    [(i, persoon, f"M-{k:06d}", f"U{k:08d}", ts(now), ts(now), ts(now), now.date().isoformat()) for k, i in enumerate(ids)],
)
con.executemany(
    "INSERT INTO zaken (id, regeling, eigenaar_id, referentie, fase, ingediend_op, bijgewerkt_op) "
    "VALUES (?, 'wmo-melding', ?, ?, 'ontvangen', ?, ?)",
    [(i, persoon, f"M-{k:06d}", ts(now), ts(now)) for k, i in enumerate(ids)],
)
con.commit()
with open(ids_path, "w") as f:
    f.write("\n".join(ids) + "\n")
print(token)
