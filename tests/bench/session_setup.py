"""Prepares a benchmark: one signed-in resident with N submitted meldingen (to upload a plan to), written
straight into the portal's SQLite file (already migrated by the portal). Prints the session token; writes the
melding ids, one a line, to the file given. Only for a throw-away benchmark database."""

import hashlib
import secrets
import sqlite3
import sys
from datetime import datetime, timedelta, timezone

db_path, n, ids_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
now = datetime.now(timezone.utc)
ts = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
con = sqlite3.connect(db_path)
persoon = secrets.token_hex(16)
con.execute(
    "INSERT INTO personen (id, email, taal, rol, aangemaakt_op) VALUES (?, 'bench@example.nl', 'nl', 'inwoner', ?)",
    (persoon, ts(now)),
)
token = secrets.token_hex(32)
con.execute(
    "INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    (hashlib.sha256(token.encode()).hexdigest(), persoon, ts(now), ts(now + timedelta(hours=12))),
)
ids = [secrets.token_hex(16) for _ in range(n)]
con.executemany(
    "INSERT INTO meldingen (id, persoon_id, status, referentie, hervatcode, stap, aangemaakt_op, gewijzigd_op, "
    "ingediend_op, ontvangen_op) VALUES (?, ?, 'ingediend', ?, ?, 'toestemming', ?, ?, ?, ?)",
    [(i, persoon, f"M-{k:06d}", f"U{k:08d}", ts(now), ts(now), ts(now), now.date().isoformat()) for k, i in enumerate(ids)],
)
con.commit()
with open(ids_path, "w") as f:
    f.write("\n".join(ids) + "\n")
print(token)
